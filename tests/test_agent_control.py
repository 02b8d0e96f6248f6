"""The console on the same data folder as a running agent shows and controls the same state:
its meeting switch holds the agent's conversions (and the metric says so), a recording it
queues is converted by the agent's engine and the console sees it done. The leases keep one
engine per job: the console's own engine runs beside the agent's, and the job runs once."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.fixtures.media import make_video
from tests.fixtures.queue import wait_for
from tests.test_agent import Agent, agents, value, write_profile  # noqa: F401 (a fixture)
from vcdesk.core.queue.jobs import JobState
from vcdesk.core.queue.store import JobStore
from vcdesk.ui.app import build_window


def test_the_console_beside_the_agent_shows_and_controls_the_same_room(  # type: ignore[no-untyped-def]
    qtbot,
    tmp_path: Path,
    agents: list[Agent],  # noqa: F811 (the fixture)
) -> None:
    data = tmp_path / "data"
    profile = write_profile(tmp_path)
    agent = Agent(data, profile, "--no-start-check")
    agents.append(agent)
    wait_for(lambda: value(agent.samples(), "vcdesk_meeting_mode") == 0, 20)

    args = argparse.Namespace(data_dir=data, console_profile=str(profile))
    window = build_window(args, QApplication.instance())
    qtbot.addWidget(window)
    window.show()
    try:
        # The operator's meeting switch in the console holds the agent's queue too.
        window.queue.set_meeting(True)
        wait_for(lambda: value(agent.samples(), "vcdesk_meeting_mode") == 1, 20)
        window.queue.set_meeting(False)
        wait_for(lambda: value(agent.samples(), "vcdesk_meeting_mode") == 0, 20)

        # A recording queued in the console is converted once, by one of the two engines.
        recording = tmp_path / "rapat koordinasi.mkv"
        make_video(recording, seconds=2)
        window.conversions_page.add_files([recording])
        model = window.conversions_page.model
        qtbot.waitUntil(
            lambda: model.rowCount() == 1 and model.job_at(0).state is JobState.DONE,
            timeout=60_000,
        )
        wait_for(lambda: value(agent.samples(), "vcdesk_queue_jobs", state="done") == 1, 20)
        store = JobStore(data / "vcdesk.sqlite3")
        try:
            [job] = store.jobs()
        finally:
            store.close()
        assert job.state is JobState.DONE and Path(job.output or "").is_file()
        assert len(list((tmp_path / "out").iterdir())) == 1  # one output, not two
    finally:
        window.close()
        window.tasks.wait(5000)
    code, _, err = agent.stop()
    assert code == 0, err
