"""pyproject.toml and environment.yml list the same packages, with the same lower bounds."""

from __future__ import annotations

import re
import tomllib

import yaml

from conftest import ROOT

# PyPI names that conda-forge spells differently
CONDA_NAMES = {"pyyaml": "pyyaml"}


def _split(spec: str) -> tuple[str, str]:
    m = re.match(r"^([A-Za-z0-9_.\-]+)\s*(.*)$", spec.strip())
    return m.group(1).lower(), m.group(2).replace(" ", "")


def test_environment_yml_agrees_with_pyproject():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pip = dict(_split(s) for s in meta["dependencies"] + meta["optional-dependencies"]["dev"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    # packages conda-forge lacks come from PyPI through the file's own "pip:" list
    from_pip = [s for d in env["dependencies"] if isinstance(d, dict) for s in d.get("pip", [])]
    conda = dict(_split(s) for s in env["dependencies"] + from_pip if isinstance(s, str))
    conda.pop("pip")
    assert conda.pop("python") == ">=3.11"
    assert meta["requires-python"] == ">=3.11"
    assert {CONDA_NAMES.get(k, k): v for k, v in pip.items()} == conda


def test_generated_folders_are_not_committed():
    ignore = (ROOT / ".gitignore").read_text()
    for d in ("outputs/*", "data/processed/*", ".venv/"):
        assert d in ignore


def test_a_plain_install_brings_the_notebooks_kernel(tmp_path):
    """papermill finds the notebooks' kernel "chitieu" after a plain `pip install .` (issue 21):
    the wheel carries its kernelspec, as ipykernel's carries "python3"."""
    import json
    import subprocess
    import sys
    import zipfile

    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("chitieu-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        spec = [n for n in z.namelist() if n.endswith("share/jupyter/kernels/chitieu/kernel.json")]
        assert len(spec) == 1 and ".data/data/" in spec[0]
        kernel = json.loads(z.read(spec[0]))
        # the notebooks' own kernelspec name is the one the wheel installs
        assert kernel["argv"][:3] == ["python", "-m", "ipykernel_launcher"]
        assert any(n.endswith("helpers/notebooks/02-scorecard.ipynb") for n in z.namelist())
    from jupyter_client.manager import KernelManager

    # jupyter_client starts a kernelspec's "python" as the interpreter that runs it
    km = KernelManager(kernel_name="python3")
    assert km.format_kernel_cmd()[0] == sys.executable
