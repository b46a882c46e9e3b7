"""`claims score` under faults and hostile input (issue 13): nothing is lost, nothing half-written
looks complete, a killed run resumes to the same output as an uninterrupted one."""

from __future__ import annotations

import errno
import json
import os

import pytest

from claims.io import partial as partial_mod
from claims.io.partial import AppendFile

from .batch_helpers import catalog, leftovers, out_rows, rejects, write_jsonl, write_table


def one_line(err: str) -> bool:
    lines = [x for x in err.splitlines() if x.strip()]
    return len(lines) == 1 and lines[0].startswith("claims score: error:") and "Traceback" not in err


# ----------------------------------------------------------------------------- paths


def test_same_file_in_and_out_is_refused_and_the_input_kept(tmp_path, cli):
    inp = write_jsonl(tmp_path / "same.jsonl", catalog(20))
    before = inp.read_bytes()
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.jsonl"
    link.symlink_to(inp)
    hard = tmp_path / "hard.jsonl"
    os.link(inp, hard)
    for out in (inp, tmp_path / "sub" / ".." / "same.jsonl", link, hard):
        code, _, err = cli("score", inp, "-o", out)
        assert code == 2 and one_line(err) and "is the input file" in err, (out, err)
    # the rejects file of the output would be the input
    rej_named = write_jsonl(tmp_path / "o.jsonl.rejects.jsonl", catalog(3))
    code, _, err = cli("score", rej_named, "-o", tmp_path / "o.jsonl")
    assert code == 2 and one_line(err) and "is the input file" in err
    assert inp.read_bytes() == before and leftovers(inp) == []


@pytest.mark.parametrize("bad", ["corrupt.parquet", "nocols.parquet", "nocols.csv", "binary.csv"])
def test_unreadable_input_leaves_an_existing_output_untouched(tmp_path, cli, bad):
    out = tmp_path / "scored.jsonl"
    good = write_jsonl(tmp_path / "good.jsonl", catalog(30, bad_every=7))
    assert cli("score", good, "-o", out, "-q")[0] == 0
    before, before_rej = out.read_bytes(), out.with_name(out.name + ".rejects.jsonl").read_bytes()
    inp = tmp_path / bad
    if bad == "corrupt.parquet":
        inp.write_bytes(b"PAR1" + os.urandom(3000))
    elif bad == "nocols.parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({"sku": ["1"], "name": ["mug"]}), inp)
    elif bad == "nocols.csv":
        inp.write_text("sku,name\n1,mug\n")
    else:
        inp.write_bytes(b"\xff\xfe\x00\x01" * 50)
    code, _, err = cli("score", inp, "-o", out)
    assert code == 2 and one_line(err), err
    assert out.read_bytes() == before and out.with_name(out.name + ".rejects.jsonl").read_bytes() == before_rej
    assert leftovers(out) == []


def test_output_to_a_folder_or_below_a_file(tmp_path, cli):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(5))
    folder = tmp_path / "results.jsonl"
    folder.mkdir()
    code, _, err = cli("score", inp, "-o", folder)
    assert code == 2 and one_line(err) and "is a directory" in err
    assert list(folder.iterdir()) == []
    afile = tmp_path / "plain.txt"
    afile.write_text("x")
    code, _, err = cli("score", inp, "-o", afile / "out.jsonl")
    assert code == 2 and one_line(err), err
    assert afile.read_text() == "x"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_output_in_a_read_only_folder(tmp_path, cli):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(5))
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        code, _, err = cli("score", inp, "-o", ro / "out.jsonl")
    finally:
        ro.chmod(0o755)
    assert code == 2 and one_line(err) and "permission denied" in err


def test_read_only_output_file_and_permission_denied_while_writing(tmp_path, cli, monkeypatch):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(40))
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(out) else real_access(p, mode))
    code, _, err = cli("score", inp, "-o", out)
    assert code == 2 and one_line(err) and "read-only" in err
    monkeypatch.setattr(os, "access", real_access)

    def denied(self, data):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(AppendFile, "write", denied)
    code, _, err = cli("score", inp, "-o", out, "--batch-size", "8")
    assert code == 2 and one_line(err) and "permission denied" in err
    assert out.read_text() == "earlier results\n"


# ----------------------------------------------------------------------------- hostile rows


def test_lone_surrogate_lines_are_rejected_and_the_run_goes_on(tmp_path, cli):
    rows = catalog(6)
    raw = {2: b'{"id": "s1", "title": "Eco tee \\ud800", "description": "x"}\n',
           4: b'{"id": "s2", "title": "Mug", "description": "x", "maker": {"name": "\\udfff"}}\n'}
    inp = write_jsonl(tmp_path / "in.jsonl", rows, raw)
    for ext in (".jsonl", ".csv", ".parquet"):
        out = tmp_path / f"out{ext}"
        code, _, err = cli("score", inp, "-o", out, "-q")
        assert code == 0, err
        got = out_rows(out)
        rej = rejects(out)
        assert [r["id"] for r in got] == ["p0", "p1", "p3", "p5"]
        assert [(r["row"], r["id"]) for r in rej] == [(3, "s1"), (5, "s2")]
        assert all("surrogate" in r["reason"] for r in rej), rej
        if ext != ".parquet":
            out.read_bytes().decode("utf-8")  # valid UTF-8 throughout


def test_surrogate_in_the_id_still_writes_a_valid_reject(tmp_path, cli):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(3), {1: b'{"id": "\\ud83d", "title": "t", "description": ""}\n'})
    out = tmp_path / "out.jsonl"
    assert cli("score", inp, "-o", out, "-q")[0] == 0
    (rej,) = rejects(out)
    assert rej["row"] == 2 and rej["id"] == "\ud83d" and "surrogate" in rej["reason"]
    assert len(out_rows(out)) == 2


def test_deeply_nested_line_at_row_180_of_250(tmp_path, cli):
    rows = catalog(250)
    deep = b'{"id": "deep", "title": "t", "description": "", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    inp = write_jsonl(tmp_path / "in.jsonl", rows, {179: deep})
    out = tmp_path / "out.jsonl"
    code, stdout, err = cli("score", inp, "-o", out, "--batch-size", "32")
    assert code == 0, err
    got, rej = out_rows(out), rejects(out)
    assert len(got) == 249 and [r["row"] for r in rej] == [180] and "nested too deeply" in rej[0]["reason"]
    assert len(got) + len(rej) == 250 and "Scored 249 of 250" in stdout
    assert [r["id"] for r in got] == [r["id"] for i, r in enumerate(rows) if i != 179]


def test_non_object_and_other_odd_lines(tmp_path, cli):
    raw = {1: b"[1, 2, 3]\n", 2: b'"just a string"\n', 3: b"null\n", 4: b"42\n", 5: b"NaN\n",
           6: b'{"id": "n", "title": "t", "description": "", "price": 1e999}\n'}
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(9), raw)
    out = tmp_path / "out.jsonl"
    code, _, err = cli("score", inp, "-o", out, "-q")
    assert code == 0, err
    got, rej = out_rows(out), rejects(out)
    assert len(got) + len(rej) == 9
    assert {r["row"] for r in rej} >= {2, 3, 4, 5, 6}
    assert all(r["reason"] for r in rej)


def test_a_scorer_failure_rejects_only_the_rows_that_fail(tmp_path, cli, monkeypatch):
    from fakes import FakeAnalyzer

    from claims.scoring.analyzer import Analyzer

    class Fussy(FakeAnalyzer):
        def score(self, listings):
            if any("#13" in x["title"] or "#77" in x["title"] for x in listings):
                raise ValueError("tokenizer exploded on this listing")
            results = super().score(listings)
            for i, x in enumerate(listings):
                if x["title"].endswith("#50"):
                    results[i] = {"id": "broken"}  # a malformed result: cannot be written
            return results

    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: Fussy()))
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(100))
    out = tmp_path / "out.jsonl"
    code, stdout, err = cli("score", inp, "-o", out, "--batch-size", "16")
    assert code == 0, err
    rej = rejects(out)
    assert [(r["row"], r["id"]) for r in rej] == [(14, "p13"), (51, "p50"), (78, "p77")]
    assert "tokenizer exploded on this listing" in rej[0]["reason"] and "scoring failed" in rej[0]["reason"]
    assert "cannot be written" in rej[1]["reason"]
    assert len(out_rows(out)) == 97 and "Rejected 3 row(s)" in stdout


def test_damaged_parquet_row_group_costs_its_rows_only(tmp_path, cli):
    import pyarrow.parquet as pq

    inp = write_table(tmp_path / "in.parquet", catalog(256))  # 4 row groups of 64
    md = pq.ParquetFile(inp).metadata
    col = md.row_group(1).column(2)  # the descriptions of the second row group
    data = bytearray(inp.read_bytes())
    start = col.data_page_offset
    for i in range(start + 8, start + col.total_compressed_size - 2):
        data[i] ^= 0x5A
    inp.write_bytes(bytes(data))
    out = tmp_path / "out.jsonl"
    code, _, err = cli("score", inp, "-o", out, "-q")
    assert code == 0, err
    got, rej = out_rows(out), rejects(out)
    assert len(got) + len(rej) == 256
    # the damage is detected (zstd cannot decompress the page): exactly that row group's rows
    assert {r["row"] for r in rej} == set(range(65, 129)) and "row group 1" in rej[0]["reason"]


# ----------------------------------------------------------------------------- disk full, kill, resume


def reference(tmp_path, cli, inp, ext, *extra):
    ref = tmp_path / f"reference{ext}"
    assert cli("score", inp, "-o", ref, "-q", *extra)[0] == 0
    return ref


def same_output(a, b):
    if a.suffix == ".parquet":
        assert out_rows(a) == out_rows(b)
    else:
        assert a.read_bytes() == b.read_bytes()
    ra, rb = (p.with_name(p.name + ".rejects.jsonl") for p in (a, b))
    assert ra.read_bytes() == rb.read_bytes()


def fail_on_call(monkeypatch, n, exc):
    calls = {"n": 0}
    real = AppendFile.write

    def write(self, data):
        calls["n"] += 1
        if calls["n"] == n:
            self.fh.write(data[: len(data) // 2])  # half a batch reaches the disk
            raise exc
        return real(self, data)

    monkeypatch.setattr(AppendFile, "write", write)


@pytest.mark.parametrize("ext", [".jsonl", ".csv", ".parquet"])
def test_disk_full_keeps_the_earlier_output_and_resume_completes(tmp_path, cli, monkeypatch, ext):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(200, bad_every=9))
    ref = reference(tmp_path, cli, inp, ext, "--batch-size", "16")
    out = tmp_path / f"out{ext}"
    out.write_text("earlier results\n")
    fail_on_call(monkeypatch, 9, OSError(errno.ENOSPC, "No space left on device"))
    code, _, err = cli("score", inp, "-o", out, "--batch-size", "16")
    assert code == 2 and one_line(err) and "disk full" in err, err
    assert out.read_text() == "earlier results\n"
    manifest = json.loads((tmp_path / f"out{ext}.partial.json").read_text())
    assert 0 < manifest["progress"]["rows_in"] < 200 and not manifest["progress"]["finished"]
    assert (tmp_path / f"out{ext}.partial").stat().st_size > manifest["progress"]["out_bytes"]  # the half batch
    monkeypatch.undo()
    from fakes import FakeAnalyzer

    from claims.scoring.analyzer import Analyzer

    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: FakeAnalyzer()))
    code, stdout, err = cli("score", inp, "-o", out, "--batch-size", "16", "--resume")
    assert code == 0, err
    same_output(out, ref)
    assert leftovers(out) == [] and "Scored" in stdout
    assert len(out_rows(out)) + len(rejects(out)) == 200


def test_disk_full_while_writing_the_parquet_file(tmp_path, cli, monkeypatch):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(50))
    ref = reference(tmp_path, cli, inp, ".parquet")
    out = tmp_path / "out.parquet"

    real = partial_mod.write_parquet

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(partial_mod, "write_parquet", full)
    code, _, err = cli("score", inp, "-o", out)
    assert code == 2 and one_line(err) and "disk full" in err
    assert not out.exists() and "out.parquet.partial" in leftovers(out)
    monkeypatch.setattr(partial_mod, "write_parquet", real)
    assert cli("score", inp, "-o", out, "--resume", "-q")[0] == 0
    same_output(out, ref)


class Killed(BaseException):
    """Stands for kill -9 in-process: nothing is cleaned up (like SIGKILL, it is no Exception)."""


@pytest.mark.parametrize("ext", [".jsonl", ".csv", ".parquet"])
@pytest.mark.parametrize("kill_at", [1, 4, 11])
def test_kill_then_resume_equals_an_uninterrupted_run(tmp_path, cli, monkeypatch, ext, kill_at):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(180, bad_every=8))
    ref = reference(tmp_path, cli, inp, ext, "--batch-size", "16")
    out = tmp_path / f"out{ext}"
    fail_on_call(monkeypatch, kill_at, Killed())
    with pytest.raises(Killed):
        cli("score", inp, "-o", out, "--batch-size", "16")
    assert not out.exists() and f"out{ext}.partial" in leftovers(out)
    rej_partial = tmp_path / f"out{ext}.rejects.jsonl.partial"
    with rej_partial.open("ab") as fh:
        fh.write(b'{"row": 99, "id": "half a rej')  # a half-written reject line too
    monkeypatch.undo()
    from fakes import FakeAnalyzer

    from claims.scoring.analyzer import Analyzer

    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: FakeAnalyzer()))
    code, _, err = cli("score", inp, "-o", out, "--batch-size", "16", "--resume")
    assert code == 0, err
    same_output(out, ref)
    assert leftovers(out) == []
    got, rej = out_rows(out), rejects(out)
    assert len(got) + len(rej) == 180 and len({r["id"] for r in got}) == len(got)


def test_killed_while_renaming_is_finished_by_resume(tmp_path, cli, monkeypatch):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(40, bad_every=6))
    ref = reference(tmp_path, cli, inp, ".jsonl")
    out = tmp_path / "out.jsonl"
    out.write_text("earlier\n")
    real = os.replace
    calls = {"n": 0}

    def replace(a, b):
        if str(b).endswith("out.jsonl"):
            raise Killed()
        calls["n"] += 1
        return real(a, b)

    monkeypatch.setattr(partial_mod.os, "replace", replace)
    with pytest.raises(Killed):
        cli("score", inp, "-o", out)
    monkeypatch.setattr(partial_mod.os, "replace", real)
    assert out.read_text() == "earlier\n"  # not replaced: the partial and its manifest say so
    assert json.loads((tmp_path / "out.jsonl.partial.json").read_text())["progress"]["finished"]
    code, stdout, err = cli("score", inp, "-o", out, "--resume")
    assert code == 0, err
    same_output(out, ref)
    assert leftovers(out) == [] and "Scored 3" in stdout


def test_resume_refuses_another_input_or_other_options(tmp_path, cli, monkeypatch):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(60))
    out = tmp_path / "out.jsonl"
    fail_on_call(monkeypatch, 3, Killed())
    with pytest.raises(Killed):
        cli("score", inp, "-o", out, "--batch-size", "8")
    monkeypatch.undo()
    from fakes import FakeAnalyzer

    from claims.scoring.analyzer import Analyzer

    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: FakeAnalyzer()))
    code, _, err = cli("score", inp, "-o", out, "--batch-size", "16", "--resume")
    assert code == 2 and one_line(err) and "batch_size" in err
    other = write_jsonl(tmp_path / "other.jsonl", catalog(61))
    code, _, err = cli("score", other, "-o", out, "--batch-size", "8", "--resume")
    assert code == 2 and one_line(err) and "different input" in err
    manifest = tmp_path / "out.jsonl.partial.json"
    assert manifest.exists() and not out.exists()  # refusing kept the partial run
    # shorter partial than its manifest records: damaged, refused
    saved = (tmp_path / "out.jsonl.partial").read_bytes()
    (tmp_path / "out.jsonl.partial").write_bytes(saved[:10])
    code, _, err = cli("score", inp, "-o", out, "--batch-size", "8", "--resume")
    assert code == 2 and one_line(err) and "damaged" in err
    (tmp_path / "out.jsonl.partial").write_bytes(saved)
    code, _, err = cli("score", inp, "-o", out, "--batch-size", "8", "--resume")
    assert code == 0 and len(out_rows(out)) == 60


def test_without_resume_a_partial_run_is_discarded_and_resume_without_one_starts_fresh(tmp_path, cli, monkeypatch):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(50))
    ref = reference(tmp_path, cli, inp, ".jsonl")
    out = tmp_path / "out.jsonl"
    fail_on_call(monkeypatch, 2, Killed())
    with pytest.raises(Killed):
        cli("score", inp, "-o", out, "--batch-size", "8")
    monkeypatch.undo()
    from fakes import FakeAnalyzer

    from claims.scoring.analyzer import Analyzer

    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: FakeAnalyzer()))
    code, _, err = cli("score", inp, "-o", out, "-q")
    assert code == 0 and "discarding a partial run" in err
    same_output(out, ref)
    out.unlink()
    code, _, err = cli("score", inp, "-o", out, "-q", "--resume")
    assert code == 0 and "nothing to resume" in err
    same_output(out, ref)


def test_two_runs_cannot_write_one_output(tmp_path, cli):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(10))
    out = tmp_path / "out.jsonl"
    holder = AppendFile.open(tmp_path / "out.jsonl.partial", lock=True)
    try:
        code, _, err = cli("score", inp, "-o", out)
    finally:
        holder.close()
    assert code == 2 and one_line(err) and "another run" in err
    assert cli("score", inp, "-o", out, "-q")[0] == 0


def test_help_documents_resume_and_the_partial_files(cli):
    code, out, _ = cli("score", "--help")
    assert code == 0
    for words in ("--resume", "OUTPUT.partial", "OUTPUT.partial.json", "rows in = rows out + rejects", "disk full"):
        assert words in out, words


def test_a_damaged_manifest_is_refused_by_resume_and_replaced_by_a_fresh_run(tmp_path, cli):
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(30))
    ref = reference(tmp_path, cli, inp, ".jsonl")
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.partial").write_bytes(b'{"id": "p0"')
    (tmp_path / "out.jsonl.partial.json").write_text("{not json")
    code, _, err = cli("score", inp, "-o", out, "--resume")
    assert code == 2 and one_line(err) and "unreadable manifest" in err and not out.exists()
    code, _, err = cli("score", inp, "-o", out, "-q")
    assert code == 0, err
    same_output(out, ref)
    assert leftovers(out) == []


@pytest.mark.parametrize("interval", ["1.0", "0.03"])
def test_kill_with_commits_every_few_batches(tmp_path, cli, monkeypatch, interval):
    """With a commit interval (the default 1 s), several written batches follow the last commit:
    resume cuts them off and scores them again."""
    import time

    from fakes import FakeAnalyzer

    from claims.scoring.analyzer import Analyzer

    monkeypatch.setenv("CLAIMS_COMMIT_INTERVAL_S", interval)
    inp = write_jsonl(tmp_path / "in.jsonl", catalog(160, bad_every=7))
    ref = reference(tmp_path, cli, inp, ".jsonl", "--batch-size", "8")

    class Slowish(FakeAnalyzer):
        def score(self, listings):
            time.sleep(0.01)
            return super().score(listings)

    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: Slowish()))
    out = tmp_path / "out.jsonl"
    fail_on_call(monkeypatch, 25, Killed())
    with pytest.raises(Killed):
        cli("score", inp, "-o", out, "--batch-size", "8")
    manifest = json.loads((tmp_path / "out.jsonl.partial.json").read_text())["progress"]
    written = (tmp_path / "out.jsonl.partial").stat().st_size
    assert manifest["out_bytes"] < written and manifest["rows_in"] < 160
    monkeypatch.setattr(AppendFile, "write", lambda self, data: self.fh.write(data))
    code, _, err = cli("score", inp, "-o", out, "--batch-size", "8", "--resume")
    assert code == 0, err
    same_output(out, ref)


def test_ctrl_c_keeps_the_partial_run_and_says_how_to_resume(tmp_path, cli, monkeypatch):
    from fakes import FakeAnalyzer, InterruptingAnalyzer

    from claims.scoring.analyzer import Analyzer

    inp = write_jsonl(tmp_path / "in.jsonl", catalog(64))
    ref = reference(tmp_path, cli, inp, ".csv", "--batch-size", "8")

    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: InterruptingAnalyzer("p40")))
    out = tmp_path / "out.csv"
    code, _, err = cli("score", inp, "-o", out, "--batch-size", "8")
    assert code == 130 and "--resume" in err and not out.exists()
    assert json.loads((tmp_path / "out.csv.partial.json").read_text())["progress"]["rows_in"] == 40
    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: FakeAnalyzer()))
    code, stdout, err = cli("score", inp, "-o", out, "--batch-size", "8", "--resume")
    assert code == 0, err
    same_output(out, ref)
    assert "Scored 64 of 64" in stdout


def test_a_read_error_midway_stops_with_one_line_and_resume_completes(tmp_path, cli, monkeypatch):
    from claims.io import files

    inp = write_jsonl(tmp_path / "in.jsonl", catalog(90))
    ref = reference(tmp_path, cli, inp, ".jsonl", "--batch-size", "8")
    real = files._read_jsonl

    def flaky(path):
        for i, item in enumerate(real(path)):
            if i == 50:
                raise OSError(errno.EIO, "Input/output error")
            yield item

    monkeypatch.setattr(files, "_read_jsonl", flaky)
    out = tmp_path / "out.jsonl"
    code, _, err = cli("score", inp, "-o", out, "--batch-size", "8")
    assert code == 2 and one_line(err) and "reading failed" in err and not out.exists()
    monkeypatch.setattr(files, "_read_jsonl", real)
    assert cli("score", inp, "-o", out, "--batch-size", "8", "--resume")[0] == 0
    same_output(out, ref)


# ----------------------------------------------------------------------------- --only-flagged and --resume

def flagged_catalog(path):
    """48 plain listings first (level none: whole batches with nothing to write, so the CSV header
    comes late), then a mix of flagged and unflagged listings with duplicates and rejects."""
    plain = [{"id": f"q{i}", "title": f"Plain steel spoon #{i}", "description": "Stainless steel, 18 cm."}
             for i in range(48)]
    return write_jsonl(path, plain + catalog(180, bad_every=8))


@pytest.mark.parametrize("ext", [".jsonl", ".csv", ".parquet"])
@pytest.mark.parametrize("kill_at", [1, 3, 8])
def test_only_flagged_kill_then_resume_equals_an_uninterrupted_run(tmp_path, cli, monkeypatch, ext, kill_at):
    """With --only-flagged the output has fewer rows than were scored: the resumed run finds its
    place from the manifest's counts, not from the rows in the output, and ends with the same
    output as an uninterrupted run."""
    inp = flagged_catalog(tmp_path / "in.jsonl")
    ref = reference(tmp_path, cli, inp, ext, "--batch-size", "16", "--only-flagged")
    kept = out_rows(ref)
    assert kept and all(r["risk_level" if ext != ".jsonl" else "greenwashing"] for r in kept)
    assert 0 < len(kept) < 228 - len(rejects(ref))  # some rows were below the level
    out = tmp_path / f"out{ext}"
    fail_on_call(monkeypatch, kill_at, Killed())
    with pytest.raises(Killed):
        cli("score", inp, "-o", out, "--batch-size", "16", "--only-flagged")
    progress = json.loads((tmp_path / f"out{ext}.partial.json").read_text())["progress"]
    assert 0 < progress["rows_in"] < 228 and not progress["finished"]
    assert progress["written"] < progress["rows_out"]  # counting output rows would resume too early
    with (tmp_path / f"out{ext}.partial").open("ab") as fh:
        fh.write(b'{"id": "half a row')  # whatever the kill left after the last commit
    monkeypatch.undo()
    from fakes import FakeAnalyzer

    from claims.scoring.analyzer import Analyzer

    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: FakeAnalyzer()))
    code, stdout, err = cli("score", inp, "-o", out, "--batch-size", "16", "--only-flagged", "--resume")
    assert code == 0, err
    same_output(out, ref)
    assert leftovers(out) == []
    got, rej = out_rows(out), rejects(out)
    assert len({r["id"] for r in got}) == len(got) == len(kept)
    scored = 228 - len(rej)
    assert f"Scored {scored} of 228" in stdout
    assert f"Wrote {len(kept)} listing(s) at level medium or above; {scored - len(kept)} below it" in stdout


def test_only_flagged_ctrl_c_then_resume(tmp_path, cli, monkeypatch):
    """A run stopped by the scorer (Ctrl-C in it) after the plain batches: nothing written yet,
    the CSV header comes with the first flagged row of the resumed run, once."""
    from fakes import FakeAnalyzer, InterruptingAnalyzer

    from claims.scoring.analyzer import Analyzer

    inp = flagged_catalog(tmp_path / "in.jsonl")
    ref = reference(tmp_path, cli, inp, ".csv", "--batch-size", "8", "--min-level", "high", "--delimiter", ";")

    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: InterruptingAnalyzer("p8")))
    out = tmp_path / "out.csv"
    args = ("--batch-size", "8", "--min-level", "high", "--delimiter", ";")
    code, _, err = cli("score", inp, "-o", out, *args)
    assert code == 130 and "--resume" in err and not out.exists()
    progress = json.loads((tmp_path / "out.csv.partial.json").read_text())["progress"]
    assert (progress["rows_in"], progress["rows_out"], progress["written"], progress["columns"]) == (48, 48, 0, None)
    # other options than the partial run's are refused
    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: FakeAnalyzer()))
    code, _, err = cli("score", inp, "-o", out, "--batch-size", "8", "--only-flagged", "--delimiter", ";",
                       "--resume")
    assert code == 2 and one_line(err) and "min_level" in err
    code, _, err = cli("score", inp, "-o", out, "--batch-size", "8", "--min-level", "high", "--resume")
    assert code == 2 and one_line(err) and "delimiter" in err
    code, stdout, err = cli("score", inp, "-o", out, *args, "--resume")
    assert code == 0, err
    same_output(out, ref)
    text = out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbfid;title;") and text.count(b"\xef\xbb\xbf") == 1
    assert text.count(b"id;title;") == 1
    from claims.io.files import read_results

    assert {r["risk_level"] for r in read_results(out)} == {"high"}
