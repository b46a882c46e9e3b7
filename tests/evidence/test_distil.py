"""Distilling the cross-encoder ensemble into one student: the soft targets, the soft loss, a few
training steps on made-up pairs, and the CLI's refusal without an ensemble to learn from."""

from __future__ import annotations

import numpy as np
import pytest

from claims.evidence.pairs import NOT_CONTRADICT
from claims.training.crossenc import soft_targets

T = np.array([[0.7, 0.2, 0.1],    # unrelated
              [0.1, 0.6, 0.3],    # corroborate
              [0.2, 0.1, 0.7],    # contradict
              [0.3, 0.1, 0.6],    # NOT_CONTRADICT: the gold part keeps the teacher's 3:1, without contradict
              [0.0, 0.0, 1.0]], np.float32)  # NOT_CONTRADICT, teacher sure it contradicts: gold part 0.5/0.5
Y = [0, 1, 2, NOT_CONTRADICT, NOT_CONTRADICT]


def test_soft_targets_mix_the_teacher_with_the_gold():
    S = soft_targets(T, Y, 0.5)
    assert S.shape == (5, 3) and S.dtype == np.float32 and np.allclose(S.sum(axis=1), 1.0)
    assert np.allclose(S[0], [0.85, 0.1, 0.05]) and np.allclose(S[1], [0.05, 0.8, 0.15])
    assert np.allclose(S[2], [0.1, 0.05, 0.85])
    assert np.allclose(S[3], [0.15 + 0.375, 0.05 + 0.125, 0.3])
    assert np.allclose(S[4], [0.25, 0.25, 0.5])
    assert np.allclose(soft_targets(T, Y, 1.0), T)  # the teacher alone
    gold = soft_targets(T, Y, 0.0)
    assert np.allclose(gold[:3], np.eye(3)) and np.allclose(gold[:, 2][3:], 0.0)  # never contradict for partial


def test_soft_targets_reject_a_bad_mix_or_shape():
    with pytest.raises(ValueError):
        soft_targets(T, Y, 1.5)
    with pytest.raises(ValueError):
        soft_targets(T[:3], Y, 0.5)


def test_soft_loss_on_one_hot_targets_is_the_hard_loss():
    import torch

    from claims.training.crossenc import _loss, _soft_loss

    torch.manual_seed(0)
    logits = torch.randn(3, 3)
    y = torch.tensor([0, 1, 2])
    w = torch.tensor([1.0, 1.5, 1.0])
    hard = _loss(logits, y, w)
    soft = _soft_loss(logits, torch.tensor(soft_targets(T[:3], [0, 1, 2], 0.0)), y, w)
    assert torch.isclose(hard, soft, atol=1e-6)
    # a partial label weighs 1, whatever the class weights
    part = _soft_loss(logits[:1], torch.tensor([[0.5, 0.5, 0.0]]), torch.tensor([NOT_CONTRADICT]), w)
    assert torch.isclose(part, -(torch.log_softmax(logits[:1], -1)[0, :2].mean()), atol=1e-6)


def test_training_steps_on_the_soft_loss_move_the_student_to_its_targets():
    """A student of free logits (one per pair) trained on the soft loss ends at the targets' own
    probabilities, not at the gold's one-hot: what distillation is for."""
    import torch

    from claims.training.crossenc import _soft_loss

    targets = torch.tensor(soft_targets(T, Y, 0.5))
    logits = torch.zeros(5, 3, requires_grad=True)
    opt = torch.optim.Adam([logits], lr=0.1)
    y = torch.tensor(Y)
    w = torch.tensor([1.0, 1.5, 1.0])
    first = float(_soft_loss(logits, targets, y, w).detach())
    for _ in range(400):
        loss = _soft_loss(logits, targets, y, w)
        loss.backward()
        opt.step()
        opt.zero_grad()
    assert float(loss.detach()) < first
    assert np.allclose(torch.softmax(logits, -1).detach().numpy(), targets.numpy(), atol=0.01)


def test_distil_without_an_ensemble_to_learn_from_writes_nothing(tmp_path, capsys):
    from claims.cli.main import main

    out = tmp_path / "out"
    (out / "heads").mkdir(parents=True)
    (out / "heads" / "meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "teacher" / "evidence" / "crossenc" / "s0").mkdir(parents=True)
    (tmp_path / "teacher" / "evidence" / "crossenc" / "s0" / "meta.json").write_text("{}", encoding="utf-8")
    code = main(["train", "--only", "evidence", "--cross", "distil", "--cross-teacher", str(tmp_path / "teacher"),
                 "--out", str(out)])
    assert code == 2 and "seed ensemble" in capsys.readouterr().err
    assert not (out / "evidence").exists()  # one member is not an ensemble: refused before anything is written
    assert main(["train", "--only", "evidence", "--cross", "distil", "--distil-mix", "2", "--out", str(out)]) == 2


@pytest.mark.slow
def test_a_student_trains_on_soft_targets_saves_and_loads_as_one_member(tmp_path):
    from claims.evidence.crossenc import CrossConfig, CrossEncoder, CrossEnsemble
    from claims.training.crossenc import train_cross_encoder

    claims = ["Plastic-free packaging"] * 5
    texts = ["came in bubble wrap", "paper tape only, great", "runs small", "no plastic anywhere", "lovely smell"]
    cfg = CrossConfig(n_top=1, epochs=2, batch_size=5, threads=1)
    ce = train_cross_encoder((claims, texts, Y), (claims[:2], texts[:2]), lambda P: float(P[0, 2]), cfg,
                             log=lambda m: None, soft=soft_targets(T, Y, 0.5))
    assert ce.meta["best_epoch"] in (1, 2)
    ce.save(tmp_path / "crossenc" / "s0")
    again = CrossEncoder.load(tmp_path / "crossenc", threads=1)
    assert isinstance(again, CrossEnsemble) and len(again.members) == 1
    assert np.allclose(again.predict_proba(claims, texts), ce.predict_proba(claims, texts), atol=1e-5)
    with pytest.raises(ValueError):
        train_cross_encoder((claims, texts, Y), (claims, texts), lambda P: 0.0, cfg, soft=T[:2])
