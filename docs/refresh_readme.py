"""Refresh the command outputs quoted in README.md: every block written as

    <!-- run: kg positions out --topic ceasefire -->
    ```
    ...output...
    ```

is replaced by what the command prints now (run from the repository root,
after `make demo`, with .venv/bin on PATH). Keeps the README's examples true."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(<!-- run: (?P<cmd>.+?) -->\n```[a-z]*\n)(?P<out>.*?)(```)", re.S)


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    env = {**os.environ, "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}"}

    def run(m: re.Match) -> str:
        cmd = m.group("cmd")
        out = subprocess.run(cmd, shell=True, cwd=ROOT, env=env, capture_output=True, text=True)
        body = (out.stdout + out.stderr).rstrip() + "\n"
        body = re.sub(r"time: [\d.]+ s", "time: …", body)
        print(f"ran: {cmd} ({out.returncode})", file=sys.stderr)
        return m.group(1) + body + m.group(4)

    readme.write_text(BLOCK.sub(run, text), encoding="utf-8")


if __name__ == "__main__":
    main()
