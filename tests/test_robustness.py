"""Bugs found by trying chitieu as a new user would, with hostile input: each a test first.

No input, crash or file left behind may lose data, hang the job or show a traceback.
"""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from conftest import ROOT
from helpers.catalog import targets
from helpers.cli import main
from helpers.render import kernels, runner, zygote
from helpers.statistics import observations
from helpers.values.errors import CatalogError

HEADER = "indicator,period,span,measure,value,qualifier,unit,published,source_url,note\n"
URL = "https://example.org/a"


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def check(write, catalog, body: str, header: str = HEADER, name: str = "s.csv"):
    return observations.validate([write(name, header + body)], catalog)


def messages(result) -> list[str]:
    return [str(e) for e in result.errors]


# --- silent data loss or corruption ------------------------------------------------------------------

def test_an_unclosed_quote_is_refused_where_it_opened(write, catalog):
    body = (f'exports,2021-03,ytd,level,5.72,,tỷ USD,,{URL},"unclosed\n'
            f"port_cargo,2021-03,ytd,level,33.93,,triệu tấn,,{URL},\n"
            f"exports,2021-06,ytd,level,11.7,,tỷ USD,,{URL},\n")
    r = check(write, catalog, body)
    assert not r.ok
    assert any(m.endswith("s.csv:2: note: a quote opens here and is never closed (allowed: a "
                          "quoted value ends with a closing quote)") for m in messages(r)), messages(r)


def test_a_quoted_value_may_hold_a_line_break(write, catalog):
    r = check(write, catalog, f'exports,2021-03,ytd,level,5.72,,tỷ USD,,{URL},"two\nlines"\n'
                              f"exports,2021-06,ytd,level,11.7,,tỷ USD,,{URL},\n")
    assert r.ok, r.errors
    assert len(r.frame) == 2


def test_a_duplicate_column_is_refused(write, catalog):
    r = check(write, catalog, f"exports,2021-03,ytd,level,5.72,,tỷ USD,,{URL},,99999\n",
              header=HEADER.strip() + ",value\n")
    assert [str(e).split(": ", 1)[1] for e in r.errors] == [
        "value: the column appears twice, in columns 5 and 11 (allowed: each column once)"]


def test_two_units_for_one_figure_are_compared_after_conversion(write, catalog):
    # 5.72 bn USD and 5.72 million USD for the same release: a conflict, not a duplicate
    r = check(write, catalog, f"exports,2021-03,ytd,level,5.72,,tỷ USD,2021-04-02,{URL},\n"
                              f"exports,2021-03,ytd,level,5.72,,triệu USD,2021-04-02,{URL},\n")
    assert any("conflicts with" in m for m in messages(r)), messages(r)
    # 33.5 million tonnes and 33,500 thousand tonnes are one figure, not a conflict
    r = check(write, catalog, f"port_cargo,2021-03,ytd,level,33.5,,triệu tấn,2021-04-02,{URL},\n"
                              f"port_cargo,2021-03,ytd,level,33500,,nghìn tấn,2021-04-02,{URL},\n")
    assert r.ok, r.errors
    assert len(r.frame) == 1


@pytest.mark.parametrize("value, expected", [
    ("1_000", "not a number: '1_000'"),
    ("١٢", "not a number: '١٢'"),    # Arabic-Indic digits
    ("５", "not a number: '５'"),      # a full-width digit
])
def test_only_ascii_numbers_are_numbers(write, catalog, value, expected):
    r = check(write, catalog, f"exports,2021-03,ytd,level,{value},,tỷ USD,,{URL},\n")
    assert any(expected in m for m in messages(r)), messages(r)


@pytest.mark.parametrize("period", ["２０２１-０３", "٢٠٢١-٠٣"])
def test_only_ascii_digits_make_a_period_as_for_a_value(write, catalog, period):
    """Issue 26, 14: full-width digits were refused in the value and taken in the period."""
    r = check(write, catalog, f"exports,{period},ytd,level,1.5,,tỷ USD,,{URL},\n")
    assert any(f"malformed period {period!r} (allowed: YYYY-MM in the digits 0-9" in m
               for m in messages(r)), messages(r)
    from helpers.values.period import Period, PeriodError

    with pytest.raises(PeriodError, match="digits 0-9"):
        Period.parse(period)


def test_an_indicator_typed_in_capitals_gets_a_did_you_mean(write, catalog):
    r = check(write, catalog, f"BUDGET_REVENUE,2021-03,ytd,level,1.5,,tỷ đồng,,{URL},\n")
    assert any("unknown indicator 'BUDGET_REVENUE' (did you mean budget_revenue, budget_revenue_domestic? " in m
               for m in messages(r)), messages(r)


@pytest.mark.parametrize("date", ["20211015", "2021-W42-1", "2021-10-15T00:00", "2021-1-5"])
def test_published_dates_are_yyyy_mm_dd_only(write, catalog, date):
    r = check(write, catalog, f"exports,2021-09,ytd,level,18.54,,tỷ USD,{date},{URL},\n")
    assert any(f"published: invalid date '{date}' (allowed: YYYY-MM-DD)" in m for m in messages(r))


def test_a_date_in_the_future_is_a_warning(write, catalog):
    r = check(write, catalog, f"exports,2021-09,ytd,level,18.54,,tỷ USD,2099-01-01,{URL},\n")
    assert r.ok
    assert any("published: 2099-01-01 is in the future" in str(w) for w in r.warnings)


def test_a_row_the_target_can_never_use_is_refused(write, catalog):
    # GRDP growth is a growth rate: a level row would be accepted and then never shown
    r = check(write, catalog, f"grdp_growth,2021-09,ytd,level,12.28,,%,,{URL},\n")
    assert any("measure: 'level' for grdp_growth, a growth target (allowed: yoy_pct)" in m
               for m in messages(r)), messages(r)


def test_an_unfilled_workbook_is_empty_not_an_error(tmp_path, catalog):
    from helpers.present.template import write_template

    path = write_template(catalog, "2021-10", tmp_path / "t.xlsx")
    r = observations.validate([path], catalog)
    assert r.ok and r.frame.empty
    assert [str(w) for w in r.warnings] == [f"{path}: no figure filled in yet (an unfilled "
                                            "workbook; rows with a value or a source are read)"]


def test_decimal_comma_is_a_property_of_the_file(write, catalog):
    # a file whose every value uses a comma: read as such by every verb, no option needed
    r = check(write, catalog, f'exports,2021-09,ytd,level,"18,54",,tỷ USD,,{URL},\n'
                              f'budget_revenue,2021-09,ytd,level,"67.019,3",,tỷ đồng,,{URL},\n')
    assert r.ok, r.errors
    assert sorted(r.frame["value_published"]) == [18.54, 67019.3]
    # a file mixing both marks is ambiguous: "5.72" could be 5.72 or 572
    r = check(write, catalog, f'exports,2021-09,ytd,level,"18,54",,tỷ USD,,{URL},\n'
                              f"exports,2021-06,ytd,level,11.7,,tỷ USD,,{URL},\n")
    assert any("mixes decimal marks" in m for m in messages(r)), messages(r)


def test_validate_reads_the_decimal_mark_as_every_verb_does(home):
    """`validate --decimal-comma` read 1.234 as 1234 where `data` read 1.234: the mark is the
    file's alone; the old flag changes nothing and says so."""
    f = home / "data/raw/statistics/haiphong/dots.csv"
    f.write_text(HEADER + f"tourists,2021-10,ytd,level,1.234,,triệu lượt khách,,{URL},\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["validate", "--decimal-comma", str(f)])
    assert out.exit_code == 0, out.output
    assert "the decimal mark is read from each file" in out.output
    assert CliRunner().invoke(main, ["data"]).exit_code == 0
    tourists = observations.load("haiphong").query("indicator == 'tourists' and period == '2021-10'")
    assert tourists["value"].tolist() == [1.234]


# --- files that are not what they say --------------------------------------------------------------

def test_only_regular_files_are_read(tmp_path, catalog):
    zero = tmp_path / "zero.csv"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "x.csv"
    os.mkfifo(fifo)
    r = observations.validate([zero, fifo], catalog)
    assert [str(e) for e in r.errors] == [f"{zero}: not a regular file (allowed: a .csv or .xlsx file)",
                                          f"{fifo}: not a regular file (allowed: a .csv or .xlsx file)"]


def _xlsx(path: Path, rows: list[list]) -> Path:
    return _workbook(path, {"data": rows})


def test_broken_xlsx_internals_are_messages(tmp_path, catalog):
    import zipfile

    good = _xlsx(tmp_path / "g.xlsx", [HEADER.strip().split(","),
                                       ["exports", "2021-03", "ytd", "level", 5.72, "=", "tỷ USD", None, URL, None]])
    with zipfile.ZipFile(good) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    cases = {
        "truncated.xlsx": parts | {sheet: parts[sheet][: len(parts[sheet]) // 2]},
        "letters.xlsx": parts | {sheet: parts[sheet].replace(b"<v>5.72</v>", b"<v>abc</v>")},
    }
    for name, content in cases.items():
        with zipfile.ZipFile(tmp_path / name, "w") as z:
            for n, data in content.items():
                z.writestr(n, data)
        r = observations.validate([tmp_path / name], catalog)
        assert not r.ok and all(str(tmp_path / name) in str(e) for e in r.errors), (name, r.errors)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.create_chartsheet("data")
    wb.save(tmp_path / "chart.xlsx")
    r = observations.validate([tmp_path / "chart.xlsx"], catalog)
    assert [str(e) for e in r.errors] == [f"{tmp_path / 'chart.xlsx'}: the sheet 'data' is a chart, "
                                          "not a table (allowed: a worksheet of rows)"]


# --- the catalog ---------------------------------------------------------------------------------

BOMB = """\
resolution: x
a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
"""


def test_yaml_aliases_are_refused(write):
    with pytest.raises(CatalogError, match=r"bomb.yaml:3:\d+: malformed YAML: YAML aliases are not allowed"):
        targets.load_catalog(write("bomb.yaml", BOMB))


@pytest.mark.parametrize("value", [".nan", ".inf", "1e400"])
def test_non_finite_goals_are_refused(write, value):
    from test_catalog import GOOD

    with pytest.raises(CatalogError, match="target a: field value"):
        targets.load_catalog(write("x.yaml", GOOD.replace("value: 1\n", f"value: {value}\n")))


def test_long_values_are_cut_in_messages(write):
    from test_catalog import GOOD

    with pytest.raises(CatalogError) as e:
        targets.load_catalog(write("x.yaml", GOOD.replace("kind: min", "kind: " + "m" * 5000)))
    assert len(str(e.value)) < 600 and "…" in str(e.value)


def test_terminal_escapes_in_names_are_not_printed(home):
    cat = home / "data/raw/targets/haiphong-2021.yaml"
    cat.write_text(cat.read_text(encoding="utf-8").replace(
        "{vi: Kim ngạch xuất khẩu, en: Export turnover}", '{vi: "Kim\\e[2J\\e]0;pwned\\a ngạch", en: x}'),
        encoding="utf-8")
    out = run("targets", "-r", "haiphong-2021")
    assert out.exit_code == 0 and "\x1b" not in out.output and "\x07" not in out.output
    assert "Kim" in out.output


# --- chitieu template -o -----------------------------------------------------------------------------

def test_template_never_overwrites(home, tmp_path):
    existing = tmp_path / "filled.xlsx"
    existing.write_bytes(b"precious")
    out = run("template", "-r", "haiphong-2021", "--period", "2021-10", "-o", str(existing))
    assert out.exit_code == 1 and "exists" in out.output and "--force" in out.output
    assert existing.read_bytes() == b"precious"
    assert run("template", "-r", "haiphong-2021", "--period", "2021-10", "-o", str(existing),
               "--force").exit_code == 0
    for target in (home / "data/raw/targets/x.xlsx", home / "notebooks/x.xlsx"):
        out = run("template", "-r", "haiphong-2021", "--period", "2021-10", "-o", str(target))
        assert out.exit_code == 1 and "refusing to write" in out.output and not target.exists()
    out = run("template", "-r", "haiphong-2021", "--period", "2021-10", "-o", str(tmp_path / "t.csv"))
    assert out.exit_code == 1 and "allowed: a .xlsx file" in out.output


# --- tracebacks where the promise is a message -----------------------------------------------------

@pytest.mark.parametrize("content", [b"\x00\xff junk", b"", b"[]", b"null", b'{"haiphong-2021": 3}'])
def test_a_junk_manifest_counts_as_empty(tmp_path, content):
    out = tmp_path / "o"
    (out / ".chitieu").mkdir(parents=True)
    (out / ".chitieu/manifest.json").write_bytes(content)
    assert runner.load_manifest(out) == {}


def test_a_folder_where_the_manifest_belongs_is_a_message(tmp_path):
    out = tmp_path / "o"
    (out / ".chitieu/manifest.json").mkdir(parents=True)
    result = run("render", "-r", "haiphong-2021", "--period", "2021-01", "--lang", "en", "--out", str(out))
    assert result.exit_code == 1 and "manifest.json" in result.output


@pytest.mark.parametrize("where", ["README.md/x", "/proc/x"])
def test_impossible_output_folders_are_messages(where):
    out = run("render", "-r", "haiphong-2021", "--period", "2021-01", "--lang", "en", "--out",
              str(ROOT / where) if not where.startswith("/") else where)
    assert out.exit_code == 1 and "cannot write" in out.output


def test_an_unwritable_processed_folder_still_reports(home):
    # a file where the folder belongs: no one, root included, can write the processed table there
    (home / "data/processed").write_text("not a folder")
    out = run("gaps", "-r", "haiphong-2021", "--period", "2021-09", "--format", "json")
    assert out.exit_code == 0
    assert {r["id"]: r["actual"] for r in json.loads(out.stdout)}["exports"] == 18.54
    out = run("data")
    assert out.exit_code == 1 and "cannot write" in out.output and "data/processed" in out.output


def test_lang_given_twice_plans_once():
    from helpers.values.period import Lang

    assert Lang.parse_list("vi,vi") == [Lang.VI]


# --- rendering: kernels, hangs, leftovers -------------------------------------------------------

def render_with_site(home: Path, tmp_path: Path, sitecustomize: str):
    """`chitieu render` of 2021-03 in a subprocess whose every Python process (the command, its
    workers, their kernels) first runs ``sitecustomize``."""
    import subprocess
    import sys

    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(sitecustomize)
    env = dict(os.environ, PYTHONPATH=str(site), CHITIEU_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "helpers.cli", "render", "-r", "haiphong-2021",
                           "--period", "2021-03", "--lang", "en", "--out", str(tmp_path / "o"),
                           "--timeout", "120"], capture_output=True, text=True, env=env, timeout=600)


@pytest.mark.slow
def test_render_needs_no_registered_kernelspec(home, tmp_path):
    """As after `pip install -e .` or the conda route: no kernelspec named chitieu exists."""
    out = render_with_site(home, tmp_path, "from jupyter_client import kernelspec as k\n"
                                           "def _none(self, name):\n"
                                           "    raise k.NoSuchKernel(name)\n"
                                           "k.KernelSpecManager.get_kernel_spec = _none\n")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "o/html/haiphong-2021/2021-03/02-scorecard.en.html").is_file()


def append_cell(home: Path, code: str) -> None:
    """Give the workspace's growth report a last cell running ``code``."""
    import nbformat

    nb = nbformat.read(home / "notebooks/04-growth.ipynb", 4)
    nb.cells.append(nbformat.v4.new_code_cell(code))
    nbformat.write(nb, home / "notebooks/04-growth.ipynb")


@pytest.mark.slow
def test_a_kernel_that_dies_fails_its_report_alone(home, tmp_path):
    from conftest import jobs_for, render_jobs

    append_cell(home, "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")
    jobs = jobs_for(["2021-09"], ("vi",), ("02-scorecard", "04-growth"))
    summary = render_jobs(jobs, tmp_path / "out")
    assert [o.job.key for o in summary.failed] == ["2021-09/04-growth.vi"]
    assert summary.failed[0].error == "DeadKernelError: Kernel died"
    assert (tmp_path / "out/html/haiphong-2021/2021-09/02-scorecard.vi.html").is_file()


@pytest.mark.slow
def test_a_report_past_its_wall_limit_is_stopped(home, tmp_path):
    from conftest import jobs_for

    append_cell(home, "import time\ntime.sleep(3600)")
    catalog = targets.load_catalog("haiphong-2021")
    obs = observations.load_raw(catalog)
    jobs = jobs_for(["2021-09"], ("vi",), ("04-growth",))
    summary = runner.run([runner.Request(catalog, obs, jobs, jobs)], tmp_path / "out", workers=1,
                         log=lambda m: None, wall_limit=20)
    assert len(summary.failed) == 1 and "wall limit of 20 s" in summary.failed[0].error
    assert summary.seconds < 120


def test_temporaries_left_by_a_killed_run_are_removed_and_never_linked(tmp_path):
    out = tmp_path / "o"
    left = [out / "html/haiphong-2021/2021-09/.02-scorecard.vi.abc123.tmp.html",
            out / "notebooks/haiphong-2021/2021-09/.02-scorecard.vi.4242.tmp.ipynb"]
    for p in left:
        p.parent.mkdir(parents=True)
        p.write_text("half")
    keep = out / "html/haiphong-2021/2021-09/02-scorecard.vi.html"
    keep.write_text("a page")
    runner.run([], out, workers=1, log=lambda m: None)
    assert not any(p.exists() for p in left) and keep.is_file()
    assert ".tmp" not in (out / "html/index.html").read_text()


def test_jobs_are_capped_and_the_cap_is_said(monkeypatch):
    said = []
    monkeypatch.setattr(runner, "available_memory_mb", lambda: 2 * runner.WORKER_MB + 10)
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert runner.worker_count(1000, 15, said.append) == 2  # memory for two
    assert said and "--jobs 1000: using 2 worker(s)" in said[0]
    assert runner.worker_count(1000, 1, said.append) == 1   # one report, one worker
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert runner.worker_count(4, 30, lambda m: None) == 2  # two cores


@pytest.mark.slow
def test_kernels_that_cannot_start_make_one_plain_message(home, tmp_path):
    # every kernel fails as it starts, forked or cold: the warm process cannot warm up, and a
    # cold kernel exits at once
    out = render_with_site(home, tmp_path, "import os, sys\n"
                                           "argv = ' '.join(getattr(sys, 'orig_argv', []))\n"
                                           "if 'helpers.render.zygote' in argv:\n"
                                           "    sys.modules['ipykernel.kernelapp'] = None\n"
                                           "if 'ipykernel_launcher' in argv:\n"
                                           "    os._exit(3)\n")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "BrokenProcessPool" not in out.stderr
    from conftest import jobs_for

    reports = len(jobs_for(["2021-03"], ("en",)))  # every report of the plan, in one paragraph
    failed = [line for line in out.stderr.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 1 and failed[0].startswith(f"FAILED {reports} reports ("), out.stderr


def three_growth_reports_in_one_worker(tmp_path: Path) -> None:
    """Render the growth report of three months, one after another in one worker: all must pass."""
    from conftest import jobs_for

    catalog = targets.load_catalog("haiphong-2021")
    obs = observations.load_raw(catalog)
    jobs = jobs_for(["2021-03", "2021-06", "2021-09"], ("vi",), ("04-growth",))
    summary = runner.run([runner.Request(catalog, obs, jobs, jobs)], tmp_path / "out", workers=1,
                         log=lambda m: None)
    assert len(summary.outcomes) == 3 and not summary.failed, summary.failed


@pytest.mark.slow
@pytest.mark.parametrize("forked", [True, False], ids=["forked", "cold"])
def test_no_report_sees_another_reports_state(home, tmp_path, monkeypatch, forked):
    """Three reports in one worker, one after another: each sets a global, a module attribute
    and a builtin, and fails if it finds any of them already set. Forked kernels come from the
    warm process; without fork (here: said unavailable) they start cold."""
    monkeypatch.setattr(zygote, "available", lambda: forked)
    append_cell(home, "import builtins, os, helpers\n"
                      "assert 'seen' not in globals() and not hasattr(helpers, 'seen')\n"
                      "assert not hasattr(builtins, 'seen')\n"
                      "seen = helpers.seen = builtins.seen = period\n"
                      "parent = open(f'/proc/{os.getppid()}/cmdline').read()\n"
                      f"assert ('helpers.render.zygote' in parent) is {forked}, parent")
    three_growth_reports_in_one_worker(tmp_path)


@pytest.mark.slow
def test_a_warm_process_killed_mid_run_leaves_the_next_kernels_to_start_cold(home, tmp_path):
    # the first report kills the process its kernel was forked from
    append_cell(home, "import os, signal\n"
                      "if 'helpers.render.zygote' in open(f'/proc/{os.getppid()}/cmdline').read():\n"
                      "    os.kill(os.getppid(), signal.SIGKILL)")
    three_growth_reports_in_one_worker(tmp_path)


def test_kernels_listen_on_private_unix_sockets():
    km = kernels.new_manager()
    try:
        folder = Path(km.connection_file).parent
        assert km.transport == "ipc" and km.ip.startswith(str(folder))
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        kernels.dispose(km)
    assert not folder.exists()


def test_pdfs_are_never_written_or_deleted_through_a_link(tmp_path):
    """`render --pdf` with outputs/pdf/<resolution> a link to a folder outside (issue 26): refused
    before anything is printed or removed, naming the link; the folder outside is untouched."""
    from helpers.cli import _print_pdfs
    from helpers.render import pdf
    from helpers.values.errors import RenderError

    out = tmp_path / "site"
    page = out / "html/haiphong-2021/2021-09/02-scorecard.vi.html"
    page.parent.mkdir(parents=True)
    page.write_text("<html></html>", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "unrelated.pdf").write_bytes(b"%PDF-1.4 someone else's")
    (out / "pdf").mkdir()
    (out / "pdf/haiphong-2021").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(RenderError, match=r"pdf/haiphong-2021 is a link"):
        pdf.pages_to_print(out)
    with pytest.raises(RenderError, match=r"pdf/haiphong-2021 is a link"):
        _print_pdfs(out, "/nonexistent/chromium")
    assert sorted(p.name for p in elsewhere.iterdir()) == ["unrelated.pdf"]
    # the pdf folder itself a link: refused the same way
    (out / "pdf/haiphong-2021").unlink()
    (out / "pdf").rmdir()
    (out / "pdf").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(RenderError, match=r"site/pdf is a link"):
        pdf.pages_to_print(out)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["unrelated.pdf"]


def test_written_files_honour_the_umask(tmp_path):
    """Issue 26, 14: a site served by a group (umask 027) must not be made world-readable."""
    from helpers.values import atomic

    old = os.umask(0o027)
    try:
        atomic.write_text(tmp_path / "page.html", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "page.html").stat().st_mode) == 0o640  # 666 less 027


def test_a_kernel_never_brings_back_the_shared_folder_of_a_run_that_is_over(tmp_path, monkeypatch):
    """A kernel still finishing a report after its render was killed must not recreate the run's
    shared folder (removed as the run ended); it computes without it."""
    from helpers.values import cache

    gone = tmp_path / ".chitieu/cache-abc"
    monkeypatch.setenv(cache.ENV, str(gone))
    assert cache.memo(sorted, (3, 1, 2)) == [1, 2, 3]
    assert not gone.exists()


def _workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


FIGURE = ["grdp_growth", "2021-09", "ytd", "yoy_pct", "12.28", "=", "%", "2021-10-01", URL, ""]


def test_a_second_sheet_of_figures_is_refused_not_ignored(tmp_path, catalog):
    """Issue 26, 12: a figure typed on a second sheet was silently left out ("ok: 1 rows")."""
    header = HEADER.strip().split(",")
    later = ["grdp_growth", "2021-12", "year", "yoy_pct", "13.5", "=", "%", "2022-01-05", URL, ""]
    book = _workbook(tmp_path / "s.xlsx", {"data": [header, FIGURE], "Sheet2": [header, later]})
    result = observations.validate([book], catalog)
    assert [(p.line, p.message) for p in result.errors] == [(None, (
        "the sheet 'Sheet2' holds figures too (its header has indicator and value), and only the "
        "sheet 'data' is read (allowed: every figure in the sheet 'data', or a file of its own)"))]


def test_a_sheet_named_Data_is_the_data_sheet_and_errors_name_the_sheet_read(tmp_path, catalog):
    header = HEADER.strip().split(",")
    notes = [["Ghi chú"], ["nhập số liệu ở trang Data"]]
    book = _workbook(tmp_path / "s.xlsx", {"notes": notes, "Data": [header, FIGURE]})
    assert observations.validate([book], catalog).errors == []
    wrong = _workbook(tmp_path / "w.xlsx", {"notes": notes, "figures": [header, FIGURE]})
    assert [p.message for p in observations.validate([wrong], catalog).errors] == [
        "the sheet 'figures' holds figures too (its header has indicator and value), and only "
        "the sheet 'notes' is read (allowed: every figure in the sheet 'data', or a file of its own)"]
    other = _workbook(tmp_path / "o.xlsx", {"Sheet1": [["Chỉ tiêu", "Kỳ"], ["GRDP", "9 tháng"]]})
    errors = [p.message for p in observations.validate([other], catalog).errors]
    assert len(errors) == 9 and all(m.endswith(" (the sheet read: 'Sheet1')") for m in errors)


def test_a_symlinked_city_folder_is_that_citys_folder(home, tmp_path):
    """Issue 26, 11: with data/raw/statistics/hue a link to a shared folder, validate took its
    files for another city's (the newest resolution's, Hai Phong) and asked to move each row to
    data/raw/statistics/hue/, where they already are."""
    import shutil

    shutil.copytree(ROOT / "tests/data/hue/data", home / "data", dirs_exist_ok=True)
    city = home / "data/raw/statistics/hue"
    shared = tmp_path / "shared/hue-figures"
    shutil.move(city, shared)
    city.symlink_to(shared, target_is_directory=True)
    files = sorted(str(p.relative_to(home)) for p in city.glob("*.csv"))
    result = run("validate", *files)
    assert result.exit_code == 0, result.output
    assert "move this row" not in result.output


def test_a_symlinked_folder_inside_the_project_finds_the_project(home, tmp_path, monkeypatch):
    """Run from a link inside the project (to a folder elsewhere), the project is found by the
    path the user stands on, not by the link's target (which led to the install's checkout)."""
    from helpers.values import paths

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (home / "exports").symlink_to(outside, target_is_directory=True)
    monkeypatch.delenv("CHITIEU_HOME")
    monkeypatch.chdir(home / "exports")
    monkeypatch.setenv("PWD", str(home / "exports"))  # as a shell sets it
    assert paths.project_root() == home.resolve()


def test_a_full_disk_names_the_file_it_could_not_write(tmp_path, monkeypatch):
    """Issue 26, 13: "cannot write or read : No space left on device", with an empty path."""
    import errno

    from helpers.values import atomic

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(OSError) as e:
        atomic.write_text(tmp_path / "html/index.html", "x")
    assert e.value.errno == errno.ENOSPC and e.value.filename == str(tmp_path / "html/index.html")
    assert list((tmp_path / "html").iterdir()) == []  # and no temporary file left


def test_a_linked_month_folder_the_plan_does_not_hold_is_unlinked_not_followed(tmp_path):
    """Issue 26, 13: a month folder in the site that is a link broke every later render; its
    target's files must never be deleted through it."""
    from conftest import jobs_for

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "02-scorecard.vi.html").write_text("someone else's page")
    out = tmp_path / "o"
    site = out / "html/haiphong-2021"
    site.mkdir(parents=True)
    (site / "2099-01").symlink_to(elsewhere, target_is_directory=True)
    catalog = targets.load_catalog("haiphong-2021")
    obs = observations.load_raw(catalog)
    planned = jobs_for(["2021-09"])
    for _ in range(2):  # and the next run too
        runner.run([runner.Request(catalog, obs, [], planned)], out, workers=1, log=lambda m: None)
    assert not (site / "2099-01").exists() and not (site / "2099-01").is_symlink()
    assert (elsewhere / "02-scorecard.vi.html").read_text() == "someone else's page"


def test_a_kernel_starts_under_a_temporary_folder_too_long_for_a_unix_socket(tmp_path, monkeypatch):
    """CI of 2026-12-02: under a TMPDIR 80 characters deep, the kernel's socket path
    (``…/chitieu-kernel-xxxxxxxx/k-4``) passed the 107 bytes a unix socket address may hold, and
    every report failed "File name too long". The kernel must start wherever TMPDIR is."""
    import tempfile

    deep = tmp_path / ("d" * 60) / ("e" * 60)
    deep.mkdir(parents=True)
    monkeypatch.setenv("TMPDIR", str(deep))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    km = kernels.start(tmp_path)
    try:
        assert kernels.run_sync(km.is_alive)()
    finally:
        kernels.dispose(km)
    assert list(deep.iterdir()) == []  # its private folder (the connection file's) is gone too


def test_a_spare_kernel_that_died_before_its_job_is_replaced(tmp_path):
    """A worker starts its next kernel ahead of need; one that dies while it waits (the out-of-memory killer, a
    cold start under load: a clean-clone `make test` once failed a report with "Kernel died before replying to
    kernel_info") is replaced when its job comes, not handed to the job."""
    from helpers.render.plan import CATALOG_FOLDER, Job
    from helpers.values.period import Lang

    spare = runner._spare = runner._start_kernel()
    kernels.kill(spare)
    deadline = time.monotonic() + 10
    while kernels.alive(spare) and time.monotonic() < deadline:
        time.sleep(0.1)
    job = Job("haiphong-2021", "01-targets", "01-targets", CATALOG_FOLDER, Lang.EN,
              {"resolution": "haiphong-2021", "lang": "en"}, "Targets")
    try:
        outcome = runner.execute(job, str(tmp_path))
    finally:
        runner._shutdown_spare()
    assert outcome.ok, outcome.error
