"""The Dask recipe of docs/scale.md, on a local cluster of two worker processes.

It must give exactly what ``quoteminer.extract`` gives one text after another, in order.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import pytest
from dask.distributed import Client, LocalCluster

import quoteminer
from quoteminer import Extraction

DEV = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "dev").glob("*.txt"))


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two worker processes of one thread each, with quoteminer's model loaded."""
    with (
        LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        client.run(quoteminer.preload)
        yield client


@pytest.mark.slow
def test_jsonl_in_jsonl_out(client: Client, tmp_path: Path, extracted: dict[str, Extraction]) -> None:
    articles = tmp_path / "articles.jsonl"
    with articles.open("w", encoding="utf-8") as out:
        for path in DEV:
            record = {"id": path.stem, "text": path.read_text(encoding="utf-8")}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")

    # The recipe, with a small block so that the 41 articles make several partitions.
    records = db.read_text(str(articles), blocksize="16kB").map(json.loads)
    results = records.pluck("text").map_partitions(quoteminer.extract_partition)
    lines = db.zip(records.pluck("id"), results).map(
        lambda pair: json.dumps({"id": pair[0], **quoteminer.to_dict(pair[1])}, ensure_ascii=False)
    )
    parts = lines.to_textfiles(str(tmp_path / "quotes" / "part-*.jsonl"))

    assert records.npartitions >= 4
    back = [
        json.loads(line)
        for part in sorted(parts, key=lambda name: int(Path(name).stem.removeprefix("part-")))
        for line in Path(part).read_text(encoding="utf-8").splitlines()
    ]
    assert [r.pop("id") for r in back] == [p.stem for p in DEV]
    assert [quoteminer.from_dict(r) for r in back] == [extracted[f"dev/{p.stem}"] for p in DEV]


@pytest.mark.slow
def test_client_map(client: Client, extracted: dict[str, Extraction]) -> None:
    texts = [path.read_text(encoding="utf-8") for path in DEV]
    assert client.gather(client.map(quoteminer.extract, texts)) == [extracted[f"dev/{p.stem}"] for p in DEV]
    workers = client.run(os.getpid)
    assert len(set(workers.values()) - {os.getpid()}) == 2


@pytest.mark.slow
def test_collection_over_partitions(client: Client) -> None:
    """The collection recipe of docs/scale.md: partial collections built on the workers,
    combined by a tree reduction, give what one Collection in one process gives."""
    seeds = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.txt"))
    records = [{"id": p.stem[:3], "text": p.read_text(encoding="utf-8"), "outlet": "seeds"} for p in seeds]
    records.append(
        {"id": "new", "date": "2019-04-08", "text": "« Nos forces tiennent l'aéroport », a déclaré Ahmad al-Mesmari."}
    )
    bag = db.from_sequence(records, npartitions=3)
    collection = bag.reduction(quoteminer.collect_partition, quoteminer.Collection.combine, split_every=2).compute()
    alone = quoteminer.Collection()
    for record in records:
        alone.add(record["id"], quoteminer.extract(record["text"], published=record.get("date")), record.get("date"))
    assert sorted(collection.documents) == sorted(alone.documents)
    assert collection.speakers() == alone.speakers()
    assert collection.clusters() == alone.clusters()
    assert collection.metadata("000") == {"outlet": "seeds"}
    assert any(c.documents == ("000", "003") for c in collection.clusters())
