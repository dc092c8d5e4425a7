"""Hostile and broken input: each is refused with a clear message or handled correctly; never a
traceback, never a hang. Plus paths that try to leave the output folder, and fuzzing."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.analysis import progress
from helpers.catalog import targets
from helpers.cli import main
from helpers.render import runner
from helpers.render.plan import Job
from helpers.statistics import observations as obs
from helpers.statistics.rules import COLUMNS
from helpers.values.errors import CatalogError, RenderError
from helpers.values.period import Lang

HEADER = ",".join(COLUMNS) + "\n"
URL = "https://example.org/a"


def validate(path):
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def test_html_and_script_in_notes_are_kept_as_text(write, catalog):
    note = "<script>alert(1)</script> <img src=x onerror=alert(2)>"
    r = obs.validate([write("s.csv", HEADER + f'exports,2021-03,ytd,level,5.72,,tỷ USD,,{URL},"{note}"\n')],
                     catalog)
    assert r.ok and r.frame.iloc[0].note == note  # escaped where shown (tests/test_notebooks.py)


def test_control_characters_are_refused(write, catalog):
    r = obs.validate([write("s.csv", HEADER + f"exports,2021-03,ytd,level,5.72,,tỷ USD,,{URL},bell\x07\n")],
                     catalog)
    assert [(e.line, e.column, e.message) for e in r.errors] == [(2, "note", "control character U+0007 in text "
                        "(allowed: printable text)")]


def test_right_to_left_marks_are_plain_text(write, catalog):
    note = "\u202eevil\u202c \u200fmark"
    r = obs.validate([write("s.csv", HEADER + f"exports,2021-03,ytd,level,5.72,,tỷ USD,,{URL},{note}\n")],
                     catalog)
    assert r.ok and r.frame.iloc[0].note == note


def test_extreme_numbers(write, catalog):
    r = obs.validate([write("s.csv", HEADER
                            + f"exports,2021-03,ytd,level,1e308,,tỷ USD,,{URL},\n"
                            + f"exports,2021-06,ytd,level,1e-308,,tỷ USD,,{URL},\n"
                            + f"social_investment,2021-06,ytd,level,1e308,,tỷ đồng,,{URL},\n"
                            + f"budget_revenue,2021-06,ytd,level,1e308,,nghìn tỷ đồng,,{URL},\n")], catalog)
    assert len(r.errors) == 1 and "out of range once converted" in r.errors[0].message
    assert sorted(r.frame.value) == [1e-308, 1e305, 1e308]  # 1e308 tỷ đồng is 1e305 nghìn tỷ
    card = progress.scorecard(catalog, r.frame, "2021-06")
    assert card.status.isin(progress.STATUSES).all()


_BIG = """
import json, resource, sys
from helpers.catalog import targets
from helpers.statistics import observations as obs
catalog = targets.load_catalog("haiphong-2021")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
r = obs.validate([sys.argv[1]], catalog)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"ok": r.ok, "errors": [str(e) for e in r.errors[:3]], "rows": len(r.frame),
                  "grew_kib": after - before}))
"""


def test_a_hundred_thousand_rows(tmp_path):
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for i in range(100_000):
            y, m = 1901 + i // 12 % 299, i % 12 + 1
            f.write(f"budget_revenue,{y}-{m:02d},ytd,level,{1000 + i},,tỷ đồng,{y}-{m:02d}-{1 + i // 3588 % 28:02d},{URL},\n")
    # in a process of its own, so that its peak memory is its own (tracemalloc made this test take a
    # minute; the peak resident size costs nothing to read)
    done = subprocess.run([sys.executable, "-c", _BIG, str(path)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    r = json.loads(done.stdout)
    assert r["ok"], r["errors"]
    assert r["rows"] == 100_000
    assert r["grew_kib"] < 400 * 1024  # memory stays bounded (about 40x the 10-MB file)


def test_a_50_mb_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.write(HEADER.encode())
        f.seek(50 * 2**20)
        f.write(b"\n")
    out = validate(path)
    assert out.exit_code == 1 and "refused: 50 MB (allowed: up to 20 MB)" in out.output


def test_wrong_encodings(tmp_path):
    row = HEADER + f"port_cargo,2021-03,ytd,level,33.93,,triệu tấn,,{URL},Hải Phòng\n"
    (tmp_path / "u16.csv").write_bytes(row.encode("utf-16"))
    (tmp_path / "cp.csv").write_bytes(row.replace("ả", "a").replace("ò", "o").encode("cp1258", "replace")
                                      .replace(b"?", b"\xd2"))
    for name, expected in (("u16.csv", "UTF-16 text"), ("cp.csv", "not UTF-8 text")):
        out = validate(tmp_path / name)
        assert out.exit_code == 1 and expected in out.output, out.output


def test_xlsx_with_formulas_and_merged_cells(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(COLUMNS)
    ws.append(["exports", "2021-03", "ytd", "level", "=5.72*1", "=", "tỷ USD", None, URL, None])
    ws.append(["port_cargo", "2021-03", "ytd", "level", 33.93, "=", "triệu tấn", None, URL, None])
    ws.append([None, "2021-06", "ytd", "level", 70, ">", "triệu tấn", None, URL, None])
    ws.merge_cells("A3:A4")
    wb.save(tmp_path / "f.xlsx")
    out = validate(tmp_path / "f.xlsx")
    assert out.exit_code == 1
    assert "f.xlsx:2: value: a formula '=5.72*1' (allowed: the value itself; paste as values)" in out.output
    assert "f.xlsx:4: indicator: empty" in out.output and "merged cells" in out.output
    assert "f.xlsx:3" not in out.output


def test_zip_bomb_renamed_xlsx(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, z.open("xl/worksheets/sheet1.xml", "w") as f:
        chunk = b"\0" * 2**20
        for _ in range(120):
            f.write(chunk)
    assert path.stat().st_size < 2**20
    out = validate(path)
    assert out.exit_code == 1 and "refused: unpacks to 120 MB" in out.output


def test_not_a_workbook(tmp_path):
    (tmp_path / "x.xlsx").write_bytes(b"PK\x03\x04garbage")
    out = validate(tmp_path / "x.xlsx")
    assert out.exit_code == 1 and "x.xlsx:" in out.output


# --- paths ---------------------------------------------------------------------------------------

def test_ids_that_would_leave_the_output_folder_are_refused(write):
    for bad in ("../../etc/passwd", "/abs/path", "a/b", "UPPER"):
        path = write("c.yaml", f"""
            resolution: x
            year: 2021
            city: {{id: x, vi: X, en: X}}
            title: {{vi: T, en: T}}
            items:
              - number: 1
                group: economic
                targets:
                  - id: "{bad}"
                    name: {{vi: A, en: A}}
                    kind: min
                    value: 1
                    unit: percent
                    basis: growth
            """)
        try:
            targets.load_catalog(path)
        except CatalogError as e:
            assert "field id: String should match pattern" in str(e)
        else:
            raise AssertionError(f"id {bad!r} accepted")


def test_job_paths_stay_inside_the_output_folder(tmp_path):
    job = Job("haiphong-2021", "02-scorecard", "../../../../../escape", "2021-09", Lang.VI, {})
    with pytest.raises(RenderError, match="outside"):
        runner.check_job_paths(job, tmp_path)
    runner.check_job_paths(Job("haiphong-2021", "02-scorecard", "02-scorecard", "2021-09", Lang.VI, {}),
                           tmp_path)


def test_out_with_dotdot_writes_only_where_it_resolves(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    result = CliRunner().invoke(main, ["render", "--period", "2021-01", "--lang", "en", "--out", "a/../b"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]
    assert list((tmp_path / "a").iterdir()) == []


# --- fuzzing -------------------------------------------------------------------------------------

FIELD = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["exports", "port_cargo", "2021-09", "0000-01", "9999-12", "ytd", "year", "level",
                     "yoy_pct", ">", "~", "%", "tỷ USD", "nan", "1e999", "-0", "1,5", "2021-02-30",
                     "https://x.org", "javascript:x", '"', "\r", "\x00"]),
)
ROW = st.lists(FIELD, min_size=0, max_size=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROW, max_size=6), junk=st.binary(max_size=40), header=st.booleans())
def test_validate_never_crashes(tmp_path_factory, rows, junk, header):
    buf = io.StringIO()
    if header:
        buf.write(HEADER)
    for r in rows:
        buf.write(",".join(r) + "\n")
    path = tmp_path_factory.mktemp("fuzz") / "f.csv"
    path.write_bytes(buf.getvalue().encode("utf-8", "surrogatepass") + junk)
    out = validate(path)
    assert out.exit_code in (0, 1), out.output
