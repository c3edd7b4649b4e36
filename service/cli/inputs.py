"""The files an ingest run posts, and the metadata a folder's manifest.json gives them."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "manifest.json"
METADATA = ("title", "source", "url", "published_at")


class InputError(Exception):
    """A path or a manifest that stops the run before anything is posted."""


@dataclass(frozen=True)
class Document:
    """One file to post, named as the user named it, with its metadata."""

    path: Path
    metadata: Mapping[str, str]

    @property
    def label(self) -> str:
        """The file as progress lines and the summary name it."""
        return str(self.path)


def collect(
    arguments: Sequence[Path], defaults: Mapping[str, str]
) -> tuple[list[Document], list[str]]:
    """Every file named and every .txt in the folders named (sorted), each once, with warnings.

    A file's metadata comes from the manifest.json beside it, where that lists it, and otherwise
    from ``defaults`` (the command line's --source and --published-at).
    """
    manifests: dict[Path, dict[Path, dict[str, str]]] = {}

    def described(folder: Path) -> dict[Path, dict[str, str]]:
        key = folder.resolve()
        if key not in manifests:
            manifests[key] = read_manifest(folder)
        return manifests[key]

    documents: list[Document] = []
    warnings: list[str] = []
    seen: set[Path] = set()
    for argument in arguments:
        if argument.is_dir():
            files = sorted(
                p
                for p in argument.iterdir()
                if p.suffix.lower() == ".txt" and not p.name.startswith(".") and p.is_file()
            )
            if not files:
                warnings.append(f"{argument}: no .txt files in this folder")
            warnings += [
                f"{argument / MANIFEST} lists {path.name}, which is not there"
                for path in described(argument)
                if not path.is_file()
            ]
        elif argument.is_file():
            files = [argument]  # named on purpose: read as plain text whatever its suffix
        else:
            raise InputError(f"{argument}: no such file or folder")
        for path in files:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                listed = described(path.parent).get(key, {})
                documents.append(Document(path, {**defaults, **listed}))
    return documents, warnings


def read_manifest(folder: Path) -> dict[Path, dict[str, str]]:
    """The metadata ``folder/manifest.json`` gives each file it lists, by resolved path.

    The manifest is a list of articles, or an object whose "articles" is one; each has a "file"
    (relative to the folder) and any of title, source, url, published_at. A broken manifest stops
    the run: posting its files without their metadata could not be mended by a second run, since
    the server keeps the first copy of a text.
    """
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{path}: cannot read it as JSON ({error})") from error
    entries = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise InputError(
            f'{path}: expected a list of articles, or an object with an "articles" list'
        )
    found: dict[Path, dict[str, str]] = {}
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise InputError(f'{path}: article {number} has no "file" naming its text file')
        wrong = [k for k in METADATA if entry.get(k) is not None and not isinstance(entry[k], str)]
        if wrong:
            raise InputError(f"{path}: article {number}: {', '.join(wrong)} must be strings")
        key = (folder / entry["file"]).resolve()
        if key in found:
            raise InputError(f"{path}: {entry['file']} is listed twice")
        found[key] = {k: entry[k] for k in METADATA if entry.get(k) is not None}
    return found
