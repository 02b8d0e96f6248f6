"""The words of the conversion queue: why a job failed, was cancelled or interrupted (the
codes of vcdesk.core.convert and vcdesk.core.queue), what state it is in, and why a request
on it could not be done.

Core hands out a Reason (a code and its values: vcdesk.core.convert.errors); the words are
chosen here, when shown, in the current language: `reason_text(code, params)`,
`job_reason(job)`. A code's `params["case"]` picks one of its wordings. Templates are
str.format() strings marked with QT_TRANSLATE_NOOP("conversions", ...); their values are
the reason's, with sizes (need, free) and durations (seconds) written the current language's
way (vcdesk.core.words.formats). What ffmpeg or the system said (`detail`) is shown as it
was said, inside a translated sentence. tests/test_words_conversions.py checks that every
code core can give has words here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from vcdesk.core.words import QT_TRANSLATE_NOOP, current, fill, tr
from vcdesk.core.words.templates import Templates, unworded

if TYPE_CHECKING:
    from vcdesk.core.queue.jobs import Job, QueueError

CONTEXT = "conversions"

Words = str | Mapping[str, str]  # one template, or one per case ("" when none is given)

# --- why a job failed: vcdesk.core.convert (reasons, probe, presets, verify) and the queue --

_REASONS: dict[str, Words] = {
    "missing": {
        "": QT_TRANSLATE_NOOP(
            "conversions",
            "A file or folder is not there any more: the recording or the output folder was "
            "moved, renamed or deleted",
        ),
        "file": QT_TRANSLATE_NOOP(
            "conversions", "The file is not there: it was moved, renamed or deleted"
        ),
    },
    "permission": QT_TRANSLATE_NOOP(
        "conversions",
        "vcdesk is not allowed to open this file or write into its folder: check the "
        "permissions of the file and the folder",
    ),
    "disk_full": {
        "": QT_TRANSLATE_NOOP("conversions", "The disk is full: the converted file did not fit"),
        "quota": QT_TRANSLATE_NOOP(
            "conversions", "The disk quota is used up: the converted file did not fit"
        ),
        "during": QT_TRANSLATE_NOOP(
            "conversions",
            "The disk {disk} filled up during the conversion: the converted file needs about "
            "{need} there and {free} is free. The partial file was removed; free space on "
            "that disk (or choose another output folder) and retry",
        ),
    },
    "disk_space": QT_TRANSLATE_NOOP(
        "conversions",
        "Not enough free space on the disk {disk}: the converted file needs about {need} and "
        "{free} is free. Free space on that disk (or choose another output folder) and retry",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "conversions", "The output folder is on a read-only disk: choose another output folder"
    ),
    "name_too_long": QT_TRANSLATE_NOOP(
        "conversions",
        "The file name is too long for this disk: rename the recording to something shorter",
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "conversions",
        "The file is incomplete: the recording was probably cut off before it was saved",
    ),
    "not_media": {
        "": QT_TRANSLATE_NOOP(
            "conversions",
            "This file is not a recording that can be read: it is damaged, or not a video or "
            "audio file at all",
        ),
        "folder": QT_TRANSLATE_NOOP("conversions", "This is a folder, not a recording"),
    },
    "empty": QT_TRANSLATE_NOOP(
        "conversions", "The file is empty: the recording was probably never saved"
    ),
    "no_streams": QT_TRANSLATE_NOOP(
        "conversions", "The recording holds no picture or sound: there is nothing to convert"
    ),
    "no_audio": QT_TRANSLATE_NOOP(
        "conversions", "The recording has no sound: the audio-only preset has nothing to keep"
    ),
    "exists": QT_TRANSLATE_NOOP(
        "conversions", "A file with the output's name already exists; it was left as it was"
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "conversions",
        "The recording is damaged part-way through: some of its data is broken or missing",
    ),
    "unsupported": QT_TRANSLATE_NOOP(
        "conversions", "The output format cannot hold one of the recording's streams"
    ),
    "encoder_missing": QT_TRANSLATE_NOOP(
        "conversions", "This ffmpeg lacks an encoder the preset needs: install the full ffmpeg"
    ),
    "io_error": {
        "": QT_TRANSLATE_NOOP(
            "conversions",
            "The disk reported a read or write error: check the drive, cable or network share",
        ),
        "stale": QT_TRANSLATE_NOOP(
            "conversions",
            "The network share went away during the conversion: check the connection",
        ),
    },
    "no_memory": QT_TRANSLATE_NOOP(
        "conversions", "The computer ran out of memory: close other programs and try again"
    ),
    "interrupted": {
        "": QT_TRANSLATE_NOOP("conversions", "The conversion was stopped before it finished"),
        "verify": QT_TRANSLATE_NOOP("conversions", "Checking the converted file was stopped"),
        "stopped": QT_TRANSLATE_NOOP(
            "conversions",
            "vcdesk stopped before the conversion finished; the partial output was removed "
            "and the job will run again",
        ),
        "crash": QT_TRANSLATE_NOOP(
            "conversions",
            "vcdesk was stopped while converting (crash, power cut or kill); the partial "
            "output was removed and the job will run again",
        ),
        "gone": QT_TRANSLATE_NOOP(
            "conversions",
            "The queue converting this job has stopped (crash, power cut or kill); the job "
            "runs again, and its partial output is removed, when the queue next runs",
        ),
    },
    "unknown": {
        "": QT_TRANSLATE_NOOP("conversions", "ffmpeg stopped: {detail}"),
        "exit": QT_TRANSLATE_NOOP(
            "conversions", "ffmpeg stopped with exit code {returncode} and gave no reason"
        ),
    },
    "unreadable": {
        "os": QT_TRANSLATE_NOOP("conversions", "The file cannot be read: {detail}"),
        "timeout": QT_TRANSLATE_NOOP(
            "conversions",
            "Reading the file took longer than {seconds}: the disk or network share may be "
            "too slow or stuck",
        ),
        "start": QT_TRANSLATE_NOOP("conversions", "ffmpeg could not be started: {detail}"),
        "no_ffprobe": QT_TRANSLATE_NOOP("conversions", "ffprobe was not found beside {ffmpeg}"),
        "json": QT_TRANSLATE_NOOP("conversions", "ffprobe gave an answer that could not be read"),
        "ffmpeg": QT_TRANSLATE_NOOP("conversions", "ffmpeg could not read the file: {detail}"),
        "exit": QT_TRANSLATE_NOOP(
            "conversions",
            "ffmpeg could not read the file: it stopped with exit code {returncode} and gave "
            "no reason",
        ),
        "output": QT_TRANSLATE_NOOP("conversions", "The converted file cannot be opened: {cause}"),
    },
    "streams": QT_TRANSLATE_NOOP(
        "conversions", "The converted file has {found} but should have {wanted}"
    ),
    "duration": {
        "claims": QT_TRANSLATE_NOOP(
            "conversions",
            "The converted file claims to last {measured:.1f} s but the recording lasts "
            "{expected:.1f} s: part of it is missing",
        ),
        "plays": QT_TRANSLATE_NOOP(
            "conversions",
            "The converted file plays for {measured:.1f} s but the recording lasts "
            "{expected:.1f} s: part of it is missing",
        ),
    },
    "timeout": QT_TRANSLATE_NOOP(
        "conversions", "Checking the converted file took longer than {seconds}"
    ),
    "decode": {
        "": QT_TRANSLATE_NOOP(
            "conversions",
            "The converted file is damaged: it cannot be read to the end ({detail})",
        ),
        "exit": QT_TRANSLATE_NOOP(
            "conversions",
            "The converted file is damaged: it cannot be read to the end (exit code {returncode})",
        ),
    },
    "internal": QT_TRANSLATE_NOOP("conversions", "vcdesk failed unexpectedly: {detail}"),
    "preset": QT_TRANSLATE_NOOP(
        "conversions", "The preset {preset} is not known to this vcdesk: choose one of {known}"
    ),
    "output_dir": {
        "": QT_TRANSLATE_NOOP(
            "conversions",
            "The output folder {folder} cannot be created ({detail}): choose another output folder",
        ),
        "place": QT_TRANSLATE_NOOP(
            "conversions", "The converted file could not be put in {folder}: {detail}"
        ),
    },
    "cancelled": QT_TRANSLATE_NOOP("conversions", "Cancelled by the operator"),
}

# The kinds of stream in "{found}" and "{wanted}" above.
_KINDS = {
    "video": QT_TRANSLATE_NOOP("conversions", "{count} video"),
    "audio": QT_TRANSLATE_NOOP("conversions", "{count} audio"),
    "subtitle": QT_TRANSLATE_NOOP("conversions", "{count} subtitle"),
    "data": QT_TRANSLATE_NOOP("conversions", "{count} data"),
    "attachment": QT_TRANSLATE_NOOP("conversions", "{count} attachment"),
}
_NO_STREAMS = QT_TRANSLATE_NOOP("conversions", "no streams")

# --- a request the queue cannot honour (vcdesk.core.queue.jobs.QueueError) ---------------
# Shown inside "Could not <do it>: <this>." in the console, after "vcdesk queue <action>: "
# in the CLI: so they begin with a small letter.

_QUEUE_ERRORS: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("conversions", "there is no job #{job_id}"),
    "not_waiting": QT_TRANSLATE_NOOP(
        "conversions", "job #{job_id} is {state}: only waiting jobs move"
    ),
    "nothing_to_pause": QT_TRANSLATE_NOOP(
        "conversions", "job #{job_id} is {state}: nothing to pause"
    ),
    "not_paused": QT_TRANSLATE_NOOP(
        "conversions", "job #{job_id} is {state}: only a paused job resumes (use retry)"
    ),
    "nothing_to_cancel": QT_TRANSLATE_NOOP(
        "conversions", "job #{job_id} is {state}: nothing to cancel"
    ),
    "not_retryable": QT_TRANSLATE_NOOP(
        "conversions",
        "job #{job_id} is {state}: only a failed, cancelled or interrupted job can be retried",
    ),
    "still_stopping": QT_TRANSLATE_NOOP(
        "conversions", "job #{job_id} is still stopping: try again in a moment"
    ),
    "in_engine": QT_TRANSLATE_NOOP(
        "conversions", "job #{job_id} is {state} in an engine: cancel it first"
    ),
    "not_running": QT_TRANSLATE_NOOP("conversions", "the conversion queue is not running"),
}

# --- a job's state (vcdesk.core.queue.jobs.JobState), as the table and the CLI name it ----

_STATES = {
    "queued": QT_TRANSLATE_NOOP("conversions", "Waiting"),
    "running": QT_TRANSLATE_NOOP("conversions", "Converting"),
    "paused": QT_TRANSLATE_NOOP("conversions", "Paused"),
    "done": QT_TRANSLATE_NOOP("conversions", "Done"),
    "failed": QT_TRANSLATE_NOOP("conversions", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("conversions", "Cancelled"),
    "interrupted": QT_TRANSLATE_NOOP("conversions", "Interrupted"),
}


def _tr(text: str) -> str:
    return tr(CONTEXT, text)


def state_word(state: str) -> str:
    """A JobState (or its value) as a word: Waiting, Converting...; else the value itself."""
    return _tr(_STATES[state]) if state in _STATES else str(state)


# --- reasons ------------------------------------------------------------------------------


_TABLE = Templates(CONTEXT, _REASONS)
has_words = _TABLE.has_words
worded = _TABLE.worded


def _word(code: str, params: Mapping[str, Any]) -> str | None:
    """The words for a reason, or None where there are none or the values do not fit."""
    return _TABLE.word(code, str(params.get("case") or ""), _values(params))


def reason_text(code: str, params: Mapping[str, Any] | None = None) -> str:
    """Why a conversion failed (or was cancelled, interrupted), in the current language.
    A code without words shows as itself, with what ffmpeg or the system said: never blank."""
    params = params or {}
    text = _word(code, params)
    return text if text is not None else unworded(code, params)


def job_reason(job: Job) -> str:
    """Why the job failed, was cancelled or interrupted, in the current language; "" when
    there is no reason. A row from before reasons kept their values shows its words as
    they were stored."""
    if job.error_code is None or job.error_params is None:
        return job.error or job.error_code or ""
    text = _word(job.error_code, job.error_params)
    return text if text is not None else job.error or reason_text(job.error_code)


def queue_error_text(error: QueueError) -> str:
    """Why a request on the queue could not be done, in the current language."""
    template = _QUEUE_ERRORS.get(error.code)
    if template is None:
        return error.code
    values = dict(error.params)
    if "state" in values:
        values["state"] = state_word(str(values["state"])).lower()
    try:
        return fill(_tr(template), **values)
    except (KeyError, ValueError, IndexError):
        return error.code


def queue_error_codes() -> frozenset[str]:
    return frozenset(_QUEUE_ERRORS)


# --- values written the current language's way --------------------------------------------


def _values(params: Mapping[str, Any]) -> dict[str, Any]:
    values = dict(params)
    formats = current().formats
    for key in ("need", "free"):
        if key in values:
            values[key] = formats.size(float(values[key]))
    if "seconds" in values:
        values["seconds"] = duration(float(values["seconds"]))
    if "known" in values:
        values["known"] = ", ".join(str(k) for k in values["known"])
    for key in ("found", "wanted"):
        if key in values:
            values[key] = _kinds(values[key])
    if "cause" in values:
        values["cause"] = reason_text(str(values["cause"]), values.get("cause_params"))
    return values


def duration(seconds: float) -> str:
    """A length of time the current language's way; below a second as a decimal ("0.5 s")."""
    formats = current().formats
    if seconds >= 1 or seconds <= 0:
        return formats.duration(seconds)
    unit = formats.duration(1).partition(" ")[2]  # the language's word for seconds
    return f"{formats.number(seconds, 'g')} {unit}"


def _kinds(kinds: Any) -> str:
    kinds = [str(k) for k in kinds]
    if not kinds:
        return _tr(_NO_STREAMS)
    counts = {k: kinds.count(k) for k in dict.fromkeys(kinds)}
    return ", ".join(
        fill(_tr(_KINDS[kind]), count=n) if kind in _KINDS else f"{n} {kind}"
        for kind, n in counts.items()
    )
