"""Speed guards: what a build does without, so that its CPU goes to reading the articles."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_view_inlines_vis_network_without_importing_pyvis():
    # pyvis's own import pulls in networkx, jinja2 and IPython (half a second of CPU per
    # build); the page needs only the two asset files that ship inside the package
    code = ("import sys; from kg.viz import render; "
            "page = render({'nodes': [], 'edges': []}); "
            "print('pyvis' in sys.modules, 'vis.Network' in page, len(page) > 100_000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.stdout.split() == ["False", "True", "True"]


def test_view_assets_are_pyvis_own_files():
    import pyvis

    from kg.viz import _vis_assets

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    assert _vis_assets() == ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
                             (lib / "vis-network.css").read_text(encoding="utf-8"))
