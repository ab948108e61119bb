"""The dev-set floor: extraction quality on tests/gold may rise but never fall."""

from __future__ import annotations

from factionmap.evaluate import evaluate
from factionmap.extract.rules import RulesExtractor
from tests.conftest import ROOT

# Raised whenever the rules improve; the targets are precision 0.92 and recall 0.85.
# Set on 2026-11-26 when 64 harder articles in outside styles (UN panel reports, think-tank
# profiles, translated local press, live blogs, literature reviews, a podcast transcript,
# designation notices) joined the set: 96 files, 4,695 required claims; raised the same day
# after the rules improved (P 0.887, R 0.631), and again (P 0.896, R 0.645).
# Set again in the next session when fifteen more (fresh10- to fresh12-; first looks
# P 0.731 / R 0.231 and P 0.811 / R 0.391) made 111 files and 5,561 required claims, and
# raised as the rules and gazetteer improved: P 0.909, R 0.643.
# Set again when three more (fresh13-; first look P 0.694, R 0.373) made 114 files and 5,765
# required claims: P 0.904, R 0.636; and when three more (fresh14-; first look P 0.832, R 0.382)
# made 117 files and 5,990 required claims: P 0.903, R 0.630.
# Set again in the next session when three more (fresh15-; first look P 0.872, R 0.435) made
# 120 files and 6,231 required claims, and raised as the rules improved: P 0.916, R 0.651.
# Set again in the next session when six more (fresh16- and fresh17-; first looks P 0.807 /
# R 0.352 and P 0.781 / R 0.312) made 126 files and 6,603 required claims: P 0.917, R 0.640;
# raised the same session as the rules improved: P 0.917, R 0.646.
# Set again in the next session when nine more (fresh18- to fresh20-; first looks P 0.789 /
# R 0.359, P 0.627 / R 0.199 and P 0.823 / R 0.413) made 135 files and 7,342 required
# claims: P 0.908, R 0.622; raised the same session as the rules improved: P 0.910, R 0.624.
# Set again in the next session when three more (fresh21-; first look P 0.816, R 0.423) made
# 138 files and 7,510 required claims (measured P 0.910, R 0.623): P 0.908, R 0.621;
# raised the same session as the rules improved (measured P 0.914, R 0.631): P 0.912, R 0.629.
# Set again in the next session when three more (fresh22-; first look at 7c1ebf5 P 0.812,
# R 0.335) made 141 files and 7,701 required claims (measured P 0.913, R 0.624): P 0.911, R 0.622;
# raised the same session as the rules improved (measured P 0.915, R 0.631): P 0.913, R 0.629;
# and again at its end (measured P 0.916, R 0.631): P 0.914, R 0.630.
# Set again in the next session when three more (fresh23-; first look at f5638e9 P 0.744,
# R 0.470) made 144 files and 7,899 required claims (measured P 0.912, R 0.628): P 0.910, R 0.626;
# and when three more (fresh24-; first look at cbb37c1 P 0.711, R 0.451) made 147 files and
# 8,052 required claims (measured P 0.912, R 0.628): P 0.910, R 0.626; raised at the end of
# that session as the rules improved (measured P 0.914, R 0.631): P 0.913, R 0.628.
# Set again in the next session when three more (fresh25-; first look at b54e215 P 0.663,
# R 0.358) made 150 files and 8,211 required claims (measured P 0.910, R 0.627): P 0.908, R 0.625;
# and when three more (fresh26-; first look at 5bc1e0e P 0.866, R 0.354) made 153 files and
# 8,375 required claims (measured P 0.912, R 0.627): P 0.910, R 0.625; raised at the end of
# that session as the rules improved (measured P 0.913, R 0.631): P 0.912, R 0.629.
# Set again in the next session when three more (fresh27-; first look at bbc2fe8 P 0.583,
# R 0.177) made 156 files and 8,499 required claims (measured P 0.911, R 0.625): P 0.910, R 0.623;
# kept when three more (fresh28-; first look at 9bc9f0e P 0.797, R 0.338) made 159 files and
# 8,635 required claims (measured P 0.911, R 0.626); set when three more (fresh29-; first look
# at 7147ec0 P 0.738, R 0.265) made 162 files and 8,767 required claims (measured P 0.912,
# R 0.623): P 0.910, R 0.621; raised at the end of that session as the rules improved
# (measured P 0.913, R 0.625): P 0.912, R 0.624.
# Set again in the next session when three more (fresh30-; first look at 9b1edb7 P 0.790,
# R 0.523) made 165 files and 8,922 required claims (measured P 0.911, R 0.625): P 0.910, R 0.624;
# and when three more (fresh31-; first look at b05531e P 0.816, R 0.376) made 168 files and
# 9,143 required claims (measured P 0.910, R 0.620): P 0.909, R 0.619; and when three more
# (fresh32-; first look at 279b399 P 0.750, R 0.293) made 171 files and 9,365 required claims
# (measured P 0.909, R 0.617): P 0.908, R 0.616; raised at the end of that session as the
# rules improved (measured P 0.912, R 0.626): P 0.911, R 0.625.
# Set again in the next session when three more (fresh33-; first look at ff13118 P 0.797,
# R 0.527) made 174 files and 9,566 required claims (measured P 0.909, R 0.627): P 0.908, R 0.626;
# and when three more (fresh34-; first look at 0f62c1f P 0.779, R 0.454) made 177 files and
# 9,718 required claims (measured P 0.910, R 0.627): P 0.909, R 0.626; and when three more
# (fresh35-; first look at ea106ca P 0.746, R 0.324) made 180 files and 9,854 required claims
# (measured P 0.909, R 0.624): P 0.908, R 0.623; and when three more (fresh36-; first look at
# 9197cd7 P 0.845, R 0.384) made 183 files and 10,005 required claims (measured P 0.908,
# R 0.621): P 0.907, R 0.620; and when three more (fresh37-; first look at 85cb1bc P 0.841,
# R 0.393) made 186 files and 10,155 required claims (measured P 0.908, R 0.618): P 0.906,
# R 0.617; and when three more (fresh38-; first look at 4a51a35 P 0.789, R 0.308) made 189
# files and 10,350 required claims (measured P 0.906, R 0.615): P 0.905, R 0.614; and when
# three more (fresh39-; first look at 0625e86 P 0.729, R 0.248) made 192 files and 10,495
# required claims (measured P 0.905, R 0.610): P 0.904, R 0.609; and when three more
# (fresh40-; first look at 71522a4 P 0.738, R 0.282) made 195 files and 10,708 required claims
# (measured P 0.905, R 0.606): P 0.903, R 0.605; and when three more (fresh41-; first look
# at 1a3788f P 0.733, R 0.336) made 198 files and 10,839 required claims (measured P 0.903,
# R 0.604): P 0.902, R 0.603; and when three more (fresh42-; first look at 78386fb P 0.793,
# R 0.440) made 201 files and 10,998 required claims (measured P 0.902, R 0.602): P 0.901,
# R 0.601; and when three more (fresh43-; first look at f2ddba2 P 0.882, R 0.615) made 204
# files and 11,141 required claims (measured P 0.902, R 0.603): P 0.901, R 0.602; and when
# three more (fresh44-; first look at 19f2840 P 0.855, R 0.413) made 207 files and 11,291
# required claims (measured P 0.902, R 0.601): P 0.901, R 0.600. Raised at the end of that
# session, the rules having gained on the 207 files (measured P 0.905, R 0.603): P 0.904,
# R 0.602; and when three more (fresh45-; first look at 64b6efd P 0.954, R 0.449) made 210
# files and 11,429 required claims (measured P 0.905, R 0.603): P 0.904, R 0.602; and when
# three more (fresh46-; first look at 6bc8ab9 P 0.627, R 0.286) made 213 files and 11,541
# required claims (measured P 0.904, R 0.601): P 0.903, R 0.600; and when three more
# (fresh47-; first look at 05d08d5 P 0.542, R 0.178) made 216 files and 11,687 required
# claims (measured P 0.902, R 0.596): P 0.901, R 0.595; and when three more (fresh48-;
# first look at 1eea216 P 0.918, R 0.699) made 219 files and 11,800 required claims
# (measured P 0.904, R 0.598): P 0.901, R 0.595; and when three more (fresh49-; first look
# at 7ad2082 P 0.788, R 0.470) made 222 files and 11,981 required claims (measured P 0.902,
# R 0.596): P 0.901, R 0.595. Raised at the end of that session, the rules having gained on
# the 222 files (measured P 0.902, R 0.600): P 0.901, R 0.598; and when three more
# (fresh50-; first look at 7954179 P 0.913, R 0.487) made 225 files and 12,168 required
# claims (measured P 0.902, R 0.598): P 0.901, R 0.596; and when three more (fresh51-;
# first look at 5d1b5fd P 0.899, R 0.727) made 228 files and 12,351 required claims
# (measured P 0.903, R 0.602): P 0.901, R 0.600; and when three more (fresh52-; first look at
# ddb5dd6 P 0.857, R 0.585) made 231 files and 12,498 required claims (measured P 0.903,
# R 0.603): P 0.901, R 0.601; and when three more (fresh53-; first look at b80b5d8 P 0.910,
# R 0.526) made 234 files and 12,690 required claims (measured P 0.904, R 0.602): P 0.902,
# R 0.600; and when three more (fresh54-; first look at c06f978 P 0.918, R 0.497) made 237
# files and 12,855 required claims (measured P 0.904, R 0.601): P 0.902, R 0.600. Raised at
# the end of that session (measured P 0.904, R 0.602): unchanged; and when three more
# (fresh55-; first look at e0ba796 P 0.943, R 0.515) made 240 files and 13,049 required
# claims (measured P 0.905, R 0.600): P 0.902, R 0.599; and when three more (fresh56-; first
# look at 9456849 P 0.875, R 0.570) made 243 files and 13,198 required claims (measured
# P 0.904, R 0.602): P 0.902, R 0.600; and when three more (fresh57-; first look at 1fefe8d
# P 0.886, R 0.539) made 246 files and 13,376 required claims (measured P 0.905, R 0.602):
# P 0.902, R 0.600; and when three more (fresh58-; first look at 235d570 P 0.851, R 0.586)
# made 249 files and 13,545 required claims (measured P 0.904, R 0.602): P 0.902, R 0.600;
# and when three more (fresh59-; first look at d26b466 P 0.904, R 0.581) made 252 files and
# 13,662 required claims (measured P 0.904, R 0.603): P 0.902, R 0.601; and when three more
# (fresh60-; first look at 1a7c70b P 0.656, R 0.434) made 255 files and 13,798 required
# claims (measured P 0.901, R 0.602; P 0.903, R 0.603 once a shouted box label was read as
# no group): P 0.901, R 0.601; and when three more (fresh61-; first look at c29cf8f P 0.856,
# R 0.647) made 258 files and 13,954 required claims (measured P 0.903, R 0.604): P 0.901,
# R 0.602; and when three more (fresh62-; first look at 8ffa036 P 0.849, R 0.460) made 261
# files and 14,054 required claims (measured P 0.903, R 0.604): P 0.901, R 0.602; and when
# three more (fresh63-; first look at 320e6e0 P 0.849, R 0.563) made 264 files and 14,180
# required claims (measured P 0.902, R 0.604): P 0.900, R 0.602; and when three more
# (fresh64-; first look at ded9d10 P 0.782, R 0.448) made 267 files and 14,276 required claims
# (measured P 0.902, R 0.603): P 0.900, R 0.601. Raised at the end of that session, the
# rules having gained (measured P 0.901, R 0.604): P 0.900, R 0.602. When six more
# (fresh65- and fresh66-; first look at d7bc96b P 0.889, R 0.496 and P 0.872, R 0.421) made 273
# files and 14,572 required claims (measured P 0.901, R 0.602): P 0.900, R 0.600; and when six
# more (fresh67- and fresh68-; first look at f257f51 P 0.924, R 0.534 and P 0.821, R 0.516) made
# 279 files and 14,860 required claims (measured P 0.901, R 0.600): unchanged; and when six
# more (fresh69- and fresh70-; first look at 5cbbe3b P 0.800, R 0.378 and P 0.819, R 0.603) made
# 285 files and 15,119 required claims (measured P 0.8996, R 0.599): P 0.899, R 0.598; and when
# six more (fresh71- and fresh72-; first look at 2c054a5 P 0.855, R 0.556 and P 0.800, R 0.520)
# made 291 files and 15,377 required claims (measured P 0.9005, R 0.5979): P 0.899, R 0.597; and
# when six more (fresh73- and fresh74-; first look at 64416dd P 0.721, R 0.450 and P 0.876,
# R 0.539) made 297 files and 15,614 required claims (measured P 0.8999, R 0.5966): P 0.899,
# R 0.596; and when six more (fresh75- and fresh76-; first look at 1eab96b P 0.882, R 0.568 and
# P 0.873, R 0.403) made 303 files and 15,899 required claims (measured P 0.9005, R 0.5953):
# P 0.899, R 0.595; and when six more (fresh77- and fresh78-; first look at 9a70c22 P 0.819,
# R 0.503 and P 0.773, R 0.446) made 309 files and 16,172 required claims (measured P 0.8994,
# R 0.5937): P 0.899, R 0.593; and when three more (fresh79-; first look at 128db1c P 0.825,
# R 0.493) made 312 files and 16,308 required claims (measured P 0.8997, R 0.5930): P 0.899,
# R 0.592. Raised at the end of that session, the rules having gained (measured P 0.9001,
# R 0.5940): P 0.900, R 0.593; and when six more (fresh80- and fresh81-; first look at 548ae16
# P 0.874, R 0.548 and P 0.762, R 0.410) made 318 files and 16,526 required claims (measured
# P 0.8997, R 0.5928): P 0.899, R 0.592; and when six more (fresh82- and fresh83-; first look at
# 6496514 P 0.867, R 0.529 and P 0.956, R 0.635) made 324 files and 16,765 required claims
# (measured P 0.9000, R 0.5933): P 0.899, R 0.592; and when six more (fresh84- and fresh85-;
# first look at 2d32f09 P 0.844, R 0.463 and P 0.838, R 0.512) made 330 files and 17,009
# required claims (measured P 0.8993, R 0.5919): P 0.899, R 0.591; and when six more (fresh86-
# and fresh87-; first look at 7c42557 P 0.762, R 0.327 and P 0.714, R 0.344) made 336 files and
# 17,229 required claims (measured P 0.8985, R 0.5889): P 0.898, R 0.588; and when six more
# (fresh88- and fresh89-; first look at f3506bc P 0.860, R 0.467 and P 0.960, R 0.434) made 342
# files and 17,447 required claims (measured P 0.8989, R 0.5873): P 0.898, R 0.587; and when six
# more (fresh90- and fresh91-; first look at 11fb19c P 0.833, R 0.377 and P 0.750, R 0.245) made
# 348 files and 17,634 required claims (measured P 0.8987, R 0.5843): P 0.898, R 0.584; and
# when six more (fresh92- and fresh93-; first look at 7c6c37d P 0.788, R 0.529 and P 0.847,
# R 0.382) made 354 files and 17,872 required claims (measured P 0.8980, R 0.5834): P 0.897,
# R 0.583; and when six more (fresh94- and fresh95-; first look at 0d4b29f P 0.775, R 0.517 and
# P 0.840, R 0.408) made 360 files and 18,035 required claims (measured P 0.8975, R 0.5823):
# P 0.897, R 0.582; and when six more (fresh96- and fresh97-; first look at d656aa4 P 0.800,
# R 0.430 and P 0.787, R 0.479) made 366 files and 18,231 required claims (measured P 0.8970,
# R 0.5812): P 0.896, R 0.581; and when six more (fresh98- and fresh99-; first look at 750e228
# P 0.790, R 0.366 and P 0.822, R 0.495) made 372 files and 18,474 required claims (measured
# P 0.8961, R 0.5792): P 0.896, R 0.579; and when six more (fresh100- and fresh101-; first look
# at 0ec2185 P 0.918, R 0.519 and P 0.898, R 0.513) made 378 files and 18,813 required claims
# (measured P 0.8966, R 0.5781): P 0.896, R 0.578; and when six more (fresh102- and fresh103-;
# first look at d92e7ac P 0.854, R 0.387 and P 0.860, R 0.453) made 384 files and 19,162
# required claims (measured P 0.8959, R 0.5762): P 0.895, R 0.576; and when six more
# (fresh104- and fresh105-; first look at 3029207 P 0.803, R 0.350 and P 0.747, R 0.411) made
# 390 files and 19,465 required claims (measured P 0.8949, R 0.5735): P 0.894, R 0.573; and
# when six more (fresh106- and fresh107-; first look at 7b9ac35 P 0.772, R 0.461 and at ce154d5
# P 0.829, R 0.574) made 396 files and 19,767 required claims (measured P 0.8941, R 0.5727):
# P 0.894, R 0.572; and when six more (fresh108- and fresh109-; first look at f8b0937 P 0.915,
# R 0.545 and P 0.775, R 0.511) made 402 files and 20,066 required claims (measured P 0.8938,
# R 0.5722): P 0.893, R 0.572; and when six more (fresh110- and fresh111-; first look at 5142190
# P 0.833, R 0.509 and P 0.798, R 0.402) made 408 files and 20,366 required claims (measured
# P 0.8933, R 0.5704): P 0.893, R 0.570; and when six more (fresh112- and fresh113-; first look
# at 9d34d97 P 0.833, R 0.612 and P 0.860, R 0.418) made 414 files and 20,681 required claims
# (measured P 0.8928, R 0.5694): P 0.892, R 0.569; and when six more (fresh114- and fresh115-;
# first look at fbe6b22 P 0.731, R 0.538 and P 0.861, R 0.461) made 420 files and 20,900
# required claims (measured P 0.8924, R 0.5685): P 0.892, R 0.568.
PRECISION_FLOOR = 0.892
RECALL_FLOOR = 0.568


def test_dev_set_scores_hold_the_floor() -> None:
    gold = sorted((ROOT / "tests" / "gold").glob("*.yaml"))
    assert len(gold) >= 15
    report = evaluate(gold, RulesExtractor())
    assert report.overall.required >= 400
    assert report.grounding == 1.0
    assert report.overall.precision >= PRECISION_FLOOR
    assert report.overall.recall >= RECALL_FLOOR
