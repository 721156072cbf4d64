"""Real SPARQL servers on loopback for the tests: Oxigraph's (the PyPI package
``oxigraph``) and, where Debian's package is installed, Virtuoso Open Source."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    probe = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise RuntimeError(f"{url}: no answer within {seconds} s")


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass
class Oxigraph:
    """``oxigraph serve`` over one folder; stop() and start() again keep the data."""

    location: Path
    union: bool = True
    port: int = 0
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    def start(self) -> "Oxigraph":
        exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
        if not Path(exe).exists():
            pytest.fail("the oxigraph server is missing: pip install -e '.[test]' (PyPI package oxigraph)")
        self.port = self.port or free_port()
        args = [exe, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"]
        self.proc = subprocess.Popen(args + (["--union-default-graph"] if self.union else []),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_until_up(self.url, self.proc)
        return self

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc is not None:
            stop(self.proc, sig)


@contextmanager
def oxigraph(location: Path, union: bool = True):
    server = Oxigraph(location, union).start()
    try:
        yield server
    finally:
        server.stop()


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CaseMode = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 600
MaxQueryCostEstimationTime = 600
"""


@contextmanager
def virtuoso(folder: Path):
    """Virtuoso Open Source (Debian's virtuoso-opensource) on loopback, with
    SPARQL updates granted to the endpoint's anonymous user."""
    exe, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if not exe or not isql:
        pytest.skip("Virtuoso Open Source is not installed (Debian: apt-get install virtuoso-opensource)")
    sql, http = free_port(), free_port()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http))
    proc = subprocess.Popen([exe, "-f", "-c", str(folder / "virtuoso.ini")], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{http}/sparql"
        wait_until_up(url, proc, 120)
        subprocess.run([isql, f"127.0.0.1:{sql}", "dba", "dba", "exec=GRANT SPARQL_UPDATE TO \"SPARQL\";"],
                       check=True, capture_output=True, timeout=60, env={**os.environ, "HOME": str(folder)})
        yield url
    finally:
        stop(proc, signal.SIGKILL)  # a throwaway database: no checkpoint wanted (SIGTERM waits for one)
