<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About vcdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console of a video-conference room: checks before each meeting, recordings converted after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>%1 has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a meeting until %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more meetings today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting in %1: %2 (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking calendar in this room profile: meetings added here only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar unavailable: showing the copy from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar unavailable, and no copy was kept: meetings added here only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 event(s) could not be read and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a meeting added here (calendar meetings change at the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting on now is over: conversions may use the room again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>The camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is connected. This room marks its camera optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist: correct camera.source in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): check that the camera is on, its address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found: connect the camera, or correct camera.source in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program (Zoom, Teams, OBS or a browser?): close that program. The preview tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no picture in time: check its power and its cable or network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened (%2): check camera.source in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped giving pictures: check its cable or network. Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 · %3 fps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checklist (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard operating procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each item once it is done (Space ticks the selected one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak at a normal voice: the bar should reach the yellow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera &amp;&amp; microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while the checklist tests the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while the checklist tests the microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while the page is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 kHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a room profile on the Room profiles page to run its checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F5 or “Run checklist” before the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the next meeting: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checks done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed; fix them before the meeting.</source>
        <translation>
            <numerusform>%n check failed; fix it before the meeting.</numerusform>
            <numerusform>%n checks failed; fix them before the meeting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): read them before the meeting.</source>
        <translation>
            <numerusform>%n warning: read it before the meeting.</numerusform>
            <numerusform>%n warnings: read them before the meeting.</numerusform>
        </translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>vcdesk is already running for the data folder %1 (process %2), but it does not answer. Close it, or end that process in the task manager, then start vcdesk again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversionsPage</name>
    <message>
        <source>Recording conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold every conversion while a meeting runs, so it gets the whole computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start no new conversion; the ones running go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue recordings for conversion (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the selected job (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected job; its partial file is removed (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the failed, cancelled or interrupted job again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the selected job earlier (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the selected job later (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the finished job off the list; files stay (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder the converted file goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selected job failed (double-click the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop recordings here or press “Add files…” (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue (held for the meeting): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue (paused): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recordings to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the conversion of %1? It has not started; Retry puts it back in the queue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the conversion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being converted. Cancel it? What is converted so far is deleted; the recording itself is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished meanwhile: nothing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not there yet: it is made when the first conversion into it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the conversion failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording: %1
Output folder: %2
Reason code: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched on here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode: on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting in progress: conversions are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting program detected: %1. Conversions go on by themselves once it has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s calendar has a meeting on: conversions go on when it ends (or press “End now” under today&apos;s meetings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched on here: switch “Meeting mode” off after the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is paused as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue paused: no new conversion starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions already running go on. Press “Resume queue” to start the waiting ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vcdesk cannot use its database %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the damaged file was kept as %1; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair builds a new database and copies into it everything that can still be read: the conversion queue, the checklist history and the schedule. Conversions that were running will run again. Recordings and converted files are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>This text is missing from this installation of vcdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist runs match this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP items ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>Held (meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % was converted before a meeting; it goes on from there in the next free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to start at %1 and finish at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(held %1 min for meetings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No level: the microphone is not being metered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence (no signal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1 dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipping: turn the microphone&apos;s input gain down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>One item per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vcdesk: video-conference room console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting mode (hold conversions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vcdesk when this user logs in to the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;README (for the technical team, in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About vcdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vcdesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change starting with the computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of vcdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the room before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While meeting mode is on, conversions are held so the meeting has the PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: NO-GO (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: NO-GO for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions are still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep converting in the background? vcdesk stays in the tray (the icon by the clock) and tells you when each conversion is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit (resume next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vcdesk is still converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions go on in the background. Click the tray icon to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room profile has problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room profile chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDesk</name>
    <message>
        <source>Choose a room first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the agenda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is “%1” over? The room counts as free from now on, and conversions may run in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting list was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Add a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Rapat Koordinasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting of more than 12 hours: check the start and end times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a meeting record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency or unit it is held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Zoom, Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual sta&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act&amp;ual end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booked start (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked en&amp;d (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach recordin&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run cleared it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SOP item(s) ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a recording to this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.mp3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the recordings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants (expected / actual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run #%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report is not part of this version of vcdesk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a room profile to see its meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the meetings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings recorded in this month. Add one, or they are added from the room&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings: %1 · Hours: %2 · Participants: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MicLevelMonitor</name>
    <message>
        <source>No microphone is connected. This room marks its microphone optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound library (PortAudio) is missing or would not start, so no microphone can be opened: reinstall vcdesk with its sound support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no sound input: connect a microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no default microphone: choose one in the system&apos;s sound settings, or name one in microphone.device. Inputs present: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone matches “%1”: connect it, or correct microphone.device in the room profile. Inputs present: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 is not a microphone: correct microphone.device in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not open: another program may hold it, or it was unplugged. The meter tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone %1 does not answer: replug it or restart the computer&apos;s sound system. Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemSummary</name>
    <message>
        <source>Problems in this profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;YAML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again, dropping unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS server (NUT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera is optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone is optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum CPU use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum free memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power check is optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts that must be reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network check is optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at low priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect common meeting programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More meeting programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings still belong for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP items per meeting kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared licences file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel cost per meeting (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal cost per participant (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H.264 presets use this PC&apos;s hardware encoder (Quick Sync, NVENC, AMF, VAAPI, Media Foundation) when one works; otherwise the software encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running Zoom, Microsoft Teams, Webex, GoTo Meeting, Jitsi Meet or Skype means a meeting is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More process names that mean a meeting is on (e.g. obs64.exe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause conversions before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checklist before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name shown to operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution named at the top of the checklist report (e.g. the agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the institution that runs the room, named under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building and floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs this room (name or team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone of the room: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device index, device name, video file path or stream URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up opening after this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to measure fps for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missing camera skips instead of failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device index or part of its name; empty for the system default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quieter than this is silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of clipped samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the meeting recordings are written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to tell how many hours of recording fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never written to logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of a LibreSpeed-compatible server (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port that must be reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel transfer streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where converted files go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar file path or http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual SOP items the operator ticks before a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of meeting held in the room (lowercase names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording appearing this long after a meeting ends still belongs to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP items per meeting kind, shown after the room-wide checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting platform licences this room uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licences file several rooms share (licences: and savings:), relative to this profile&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel a meeting held here saves, in whole rupiah (e.g. 15000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meals saved per participant, in whole rupiah (e.g. 65000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webinar: many attendees, few speak; webmeeting: everyone takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most participants the licence admits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host accounts the licence is used through (one meeting at a time each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (when this PC has one that works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (software encoder only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (mains only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again for the devices this computer has (they are not opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found on this computer. You can still type an index, a device name, a video file or a stream URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found on this computer. Leave the field empty for the system default, or type a device name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphones found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound system cannot be used (PortAudio is missing or would not start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound system did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting kind whose SOP items are shown below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line, ticked before a meeting of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a meeting kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Room &amp;profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this r&amp;oom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this saved profile the console&apos;s active room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 have problems and cannot be saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the file %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>start the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the room&apos;s conversion settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no recordings (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internal error (%1); the log file has the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDetails</name>
    <message>
        <source>Select a check (click, or the arrow keys) to read all of it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password from the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is set; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Show the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit vcdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DeviceStream</name>
    <message>
        <source>The live view stopped because of an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <source>missing: {path} (meeting #{meeting})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: {path} (meeting #{meeting}): its SHA-256 is not the one recorded when it was archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar missing: {sidecar} (beside {path}, meeting #{meeting})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar unreadable: {sidecar} (meeting #{meeting}) is not a sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar not matching: {sidecar} (meeting #{meeting}) gives another SHA-256 than the one recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar not matching: {sidecar} (meeting #{meeting}) gives another size than the one recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar not matching: {sidecar} (meeting #{meeting}) names another file than {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar not matching: {sidecar} describes another meeting than #{meeting}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power / UPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ {min_width}x{min_height}, ≥ {min_fps:g} fps, a live, sharp picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ {min_level_dbfs:g} dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ {max_percent:g} % busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ {min_free_mb:,} MB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ {min_free_gb:g} GB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ {min_charge_pct:g} % charge, ≥ {min_runtime_min:g} min of runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ {min_download_mbps:g} Mbit/s down, ≥ {min_upload_mbps:g} Mbit/s up, ≤ {max_latency_ms:g} ms latency, ≤ {max_jitter_ms:g} ms jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ {capacity:,} participants, a free host account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ {min_charge_pct:g} % charge, ≥ {needed_min:.0f} min of runtime (to the meeting&apos;s end + {min_runtime_min:g} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {check} check did not finish within {timeout_s:.0f} s: the device or the network is not answering. Check its connection and run the checklist again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {check} check stopped on an internal error ({error}). Please report it with the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} gives {width}x{height} at {fps_text} fps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} gives {width}x{height} at {fps_text} fps (the file&apos;s nominal rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} gives {fps_text} fps; this room needs {min_fps:g} fps: close other programs using the camera, add light (cameras slow down in the dark), or use a USB 3 port or a faster network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} runs at {fps_text} fps; this room needs {min_fps:g} fps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room marks the camera optional, so it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} gives {width}x{height}; this room needs {min_width}x{min_height}: check the cable, the port or the camera&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} gives a black picture (brightness at most {luma_max:g} of 255; {black_luma:g} or more expected): open the lens cover or privacy shutter, check the room&apos;s light and the camera&apos;s cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} shows a frozen picture: {frames} frames over {sample_s:g} s were identical. The camera or its driver has stopped: unplug it and plug it in again, or restart the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} gives a dark picture with no detail (brightness {luma:g} of 255, sharpness {sharpness:g}; {min_sharpness:g} or more expected): the lens may be covered or dirty. Uncover and clean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} gives a very blurred picture (sharpness {sharpness:g}; {min_sharpness:g} or more expected): focus the camera, clean the lens, or point it at the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} was not found ({reason}). Connect the camera, or correct camera.source in the room profile. Cameras present: {available_list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} does not exist: correct camera.source in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} cannot be reached ({reason}): check that the camera is on, its address and port, and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} could not be opened ({reason}): check camera.source in the room profile and that the camera works in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is there but gives no picture: another program (Zoom, Teams, OBS, a browser) is probably using it. Close that program and run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} did not give a picture within {timeout_s:g} s: check the camera&apos;s power and its cable or network, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone {device} hears {rms_dbfs:.1f} dBFS (peak {peak_dbfs:.1f} dBFS) at {samplerate} Hz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone {device} works ({rms_dbfs:.1f} dBFS) but records at {samplerate} Hz, not the {requested_samplerate} Hz this room asks for: set its sample rate in the computer&apos;s sound settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone {device} hears nothing at all (every sample is zero); this room needs at least {min_level_dbfs:g} dBFS. Speak into the microphone: is it muted, or is it the wrong device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone {device} hears only {rms_dbfs:.1f} dBFS; this room needs at least {min_level_dbfs:g} dBFS. Speak into the microphone: is it muted, or is it the wrong device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone {device} is clipping: {clipping_pct:.1f} % of samples are at full scale (peak {peak_dbfs:.1f} dBFS); this room allows {max_clipping_pct:g} %. Turn the microphone&apos;s input gain down, or move it away from the loudspeakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no default microphone. Microphones on this computer: {available_list}. Plug the microphone in, or correct microphone.device in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone matches “{spec}”. Microphones on this computer: {available_list}. Plug the microphone in, or correct microphone.device in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device {spec} ({name}) is not a microphone: it has no inputs. Microphones on this computer: {available_list}. Correct microphone.device in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no microphone or other sound input at all: plug the microphone in, and check that the computer&apos;s sound system is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone can be opened: the PortAudio sound library is missing or broken ({error}). Install it (Debian/Ubuntu: apt-get install libportaudio2) or reinstall vcdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone {device} cannot be opened ({error}). Close other programs that may be using it (another meeting app?), or unplug it and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s sound system did not answer within {timeout_s:g} s when asked for its devices: restart the sound system, or the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone did not deliver its sound before the check&apos;s time limit: unplug it and plug it in again, or restart the computer&apos;s sound system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone {device} did not deliver sound within {timeout_s:g} s: unplug it and plug it in again, or restart the computer&apos;s sound system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no default microphone; the microphone is optional in this room, so it is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone matches “{spec}” (microphones on this computer: {available_list}); the microphone is optional in this room, so it is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device {spec} ({name}) is not a microphone; the microphone is optional in this room, so it is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no microphone or other sound input; the microphone is optional in this room, so it is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found; it is optional in this room, so it is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor is {percent:.0f} % busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs competing with the meeting keep the processor {competing_percent:.0f} % busy; this room allows {max_percent:g} %. Busiest: {top_names}. Close what is not needed for the meeting. Another {background_percent:.0f} % is background work that yields to the meeting ({background_names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor is {percent:.0f} % busy; this room allows {max_percent:g} %. Busiest: {top_names}. Close what is not needed for the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor is {percent:.0f} % busy, {background_percent:.0f} % of it background work that yields to the meeting ({background_names}); programs competing with the meeting use {competing_percent:.0f} %, within the {max_percent:g} % this room allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{free_mb:,} MB of memory is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {free_mb:,} MB of memory is free; this room needs {min_free_mb:,} MB. Biggest: {top_names}. Close programs that are not needed for the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {free_mb:,} MB of memory is free; this room needs {min_free_mb:,} MB. Close programs that are not needed for the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{free_gb:.1f} GB free: {hours_left:.1f} h of recording at {bitrate_mbps:g} Mbit/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive of {folder} has {free_gb:.1f} GB free ({hours_left:.1f} h of recording at {bitrate_mbps:g} Mbit/s); this room needs {min_free_gb:g} GB. Move finished recordings to the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recordings folder {folder} does not exist: create it, or correct disk.recordings_dir in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings cannot be written to {folder} ({error}): check the folder&apos;s permissions, and whether the drive is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room has no UPS configured (power.source is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has no battery the system can read, so a power cut would switch it off: connect it to a UPS (and set power.source to nut), or use a laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC is plugged in; battery at {charge_pct:.0f} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC is plugged in but its battery is at {charge_pct:.0f} %; this room needs {min_charge_pct:g} %. A power cut now would leave little time: let it charge before the meeting, or go ahead knowing that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC runs on its battery ({charge_pct:.0f} %, about {runtime_min:.0f} min left): plug in the charger before the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC runs on its battery ({charge_pct:.0f} %): plug in the charger before the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system cannot tell whether the PC is plugged in; battery at {charge_pct:.0f} %, about {runtime_min:.0f} min left. Make sure the charger is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system cannot tell whether the PC is plugged in; battery at {charge_pct:.0f} %. Make sure the charger is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC runs on its battery at {charge_pct:.0f} %, about {runtime_min:.0f} min left; this room needs {min_charge_pct:g} %. Plug in the charger now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC runs on its battery at {charge_pct:.0f} %; this room needs {min_charge_pct:g} %. Plug in the charger now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC runs on its battery with about {runtime_min:.0f} min left, but {meeting_name} runs until {meeting_until}: that needs {needed_min:.0f} min ({meeting_left_min:.0f} min to its end + this room&apos;s {min_runtime_min:g} min). Plug in the charger now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC runs on its battery with about {runtime_min:.0f} min left; this room needs {min_runtime_min:g} min. Plug in the charger now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} refused the connection: is the NUT server running? (Debian: systemctl status nut-server) Also check power.nut.host and power.nut.port in the room profile, and the LISTEN line in upsd.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS server&apos;s name “{host}” cannot be resolved ({error}): correct power.nut.host in the room profile (an IP address works), or check this PC&apos;s DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the UPS server at {address} ({error}): check the network cable, and power.nut.host in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the UPS server&apos;s name “{host}” took more than {timeout_s:g} s: check this PC&apos;s DNS, or put the server&apos;s IP address in power.nut.host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS server at {address} did not accept a connection within {timeout_s:g} s: check that it is switched on and that no firewall drops port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} accepted the connection but did not answer within {timeout_s:g} s: check that port {port} really is upsd, and restart the NUT server (Debian: systemctl restart nut-server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} closed the connection before it answered: see upsd&apos;s log (Debian: journalctl -u nut-server); it may limit clients or be restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something on {address} answered, but not as a NUT server would: check that power.nut.host and power.nut.port point at upsd (port 3493 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} has no UPS named “{ups}” (it knows: {known_list}): correct power.nut.ups in the room profile to a name from ups.conf on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} refused user “{username}” for UPS “{ups}” (ACCESS-DENIED): the password is wrong, or the user lacks &apos;upsmon secondary&apos; in upsd.users. Correct power.nut.password in the room profile, or the user on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} refuses this PC access (ACCESS-DENIED): set power.nut.username and power.nut.password in the room profile to a user from upsd.users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} needs a password for this login (PASSWORD-REQUIRED): add power.nut.password to the room profile, or remove power.nut.username to read the UPS without logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} needs a username for this login (USERNAME-REQUIRED): add power.nut.username to the room profile, or remove power.nut.password to read the UPS without logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} rejected the password as malformed (INVALID-PASSWORD): check power.nut.username and power.nut.password in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} rejected the username as malformed (INVALID-USERNAME): check power.nut.username and power.nut.password in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} runs, but the driver for UPS “{ups}” is not connected to it (DRIVER-NOT-CONNECTED): check the UPS&apos;s USB or serial cable and start the driver (Debian: systemctl status nut-driver@{ups}; or upsdrvctl start {ups}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} has no fresh data from UPS “{ups}” (DATA-STALE): its driver runs but has lost contact with the UPS. Check the UPS&apos;s USB or serial cable, then restart the driver (Debian: systemctl restart nut-driver@{ups}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} answered {nut_error} for UPS “{ups}”: see upsd&apos;s log (Debian: journalctl -u nut-server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsd on {address} answered with an error for UPS “{ups}”: see upsd&apos;s log (Debian: journalctl -u nut-server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} is on mains power ({reading}), enough for {meeting_name} until {meeting_until} ({needed_min:.0f} min needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} is on mains power ({reading}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} is on mains power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} reports: {attention_words} (status {shown}). Have it looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} reports neither mains nor battery power (status {shown}): its driver is still starting. Run the check again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} reports neither mains nor battery power (status {shown}): check the driver&apos;s log and the UPS&apos;s cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} is on mains power and charging, but its battery is at {charge_pct:g} %; this room needs {min_charge_pct:g} %. A power cut now would be covered for a shorter time: wait for it to charge, or go ahead knowing that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} runs on battery {facts}: mains power is out. At this load it lasts through {meeting_name} until {meeting_until}: check the power supply to the UPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} runs on battery {facts}: mains power is out. The meeting will stop when the battery runs down: check the power supply to the UPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} battery is at {charge_pct:g} %; this room needs {min_charge_pct:g} % (status {shown}): restore mains power to the UPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} battery is at {charge_pct:g} %; this room needs {min_charge_pct:g} % (status {shown}), and it is not charging: check the UPS and its battery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} runs on battery with about {runtime_min:.0f} min left (status {shown}), but {meeting_name} runs until {meeting_until}: that needs {needed_min:.0f} min ({meeting_left_min:.0f} min to its end + this room&apos;s {min_runtime_min:g} min). Restore mains power to the UPS, or unplug equipment the meeting does not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} would last about {runtime_min:.0f} min on battery (status {shown}), but {meeting_name} runs until {meeting_until}: a power cut now would need {needed_min:.0f} min ({meeting_left_min:.0f} min to its end + this room&apos;s {min_runtime_min:g} min). Unplug equipment the meeting does not need, let the UPS charge if it is charging, or have other power ready (a generator, a larger UPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s calendar could not be read, so this was judged without its meetings: {schedule_problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} would last about {runtime_min:.0f} min on battery; this room needs {min_runtime_min:g} min (status {shown}): restore mains power to the UPS, or unplug equipment the meeting does not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} would last about {runtime_min:.0f} min on battery; this room needs {min_runtime_min:g} min (status {shown}): let it charge, replace its battery if it stays low, or unplug equipment the meeting does not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} has its output switched off (status {shown}): the room is not protected. Switch the UPS output on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} reports a low battery {facts}: it may switch off at any moment. Restore mains power to the UPS and let it charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPS {ups_name} is in forced shutdown {facts}: it will cut the power. Restore mains power and restart the UPS before the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to test: the room profile names no speed test server (network.speedtest_url) and no hosts (network.hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network test ran out of time: the network or the server is answering too slowly. Check the connection and run the checklist again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed test address {url} is not usable ({error}): correct network.speedtest_url in the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host {host} (port {port}) cannot be found: its name does not resolve ({error}). Check the name in network.hosts and this PC&apos;s DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host {name} refused the connection: nothing is listening on port {port} there. Check that the service is running and that the port in network.hosts is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host {name} cannot be reached ({error}). Check the cable or Wi-Fi, the firewall, and the address in network.hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency to {name} is {latency_ms:.0f} ms; this room allows at most {max_latency_ms:g} ms. Check the connection, or other traffic on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter to {name} is {jitter_ms:.1f} ms; this room allows at most {max_jitter_ms:g} ms. The connection is unsteady: check the Wi-Fi or other traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed test server {host} cannot be found: its name does not resolve ({error}). Check network.speedtest_url and this PC&apos;s DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed test server at {where} refused the connection: is the speed test service running there, and is the address in network.speedtest_url right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed test server at {where} could not be reached during {during} ({error}). Check the cable or Wi-Fi, the firewall, and network.speedtest_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed test server at {where} stopped answering during {during} ({error}). Check the cable or Wi-Fi, the firewall, and whether the server is overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed test server answered {error} during {during}: check that network.speedtest_url points to a working LibreSpeed server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the speed test server was cut during {during} ({error}): the server, or a firewall or proxy on the way, dropped it. Run the check again; if it happens again, check the firewall and the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed test server&apos;s answer could not be used during {during} ({error}): check network.speedtest_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download is {download_mbps:.1f} Mbit/s; this room needs {min_download_mbps:g} Mbit/s. Check what else is using the connection, or ask the provider about the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload is {upload_mbps:.1f} Mbit/s; this room needs {min_upload_mbps:g} Mbit/s: others will see a poor picture. Check what else is uploading, or ask the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency to the speed test server is {latency_ms:.0f} ms; this room allows at most {max_latency_ms:g} ms: speech will lag. Check the connection and its route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter is {jitter_ms:.1f} ms; this room allows at most {max_jitter_ms:g} ms: sound will break up. Prefer a cable to Wi-Fi, and check other traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting_name} uses {licence}: {participants:,} participants within its capacity of {capacity:,}, and a host account is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting_name} uses {licence} (capacity {capacity:,}), and a host account is free. Enter the expected participants on its record to check the capacity too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting_name}: {flags_text}. Change the licence or the time on its record, or arrange a host account with the licence&apos;s admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is on now or starts within the hour: no licence to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting_name} has no meeting record, so its licence is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting_name} names no licence: set one on its record (Meetings page, or vcdesk meeting set) to check its capacity and host account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room profile lists no licences (licences or licences_file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting records could not be read ({error}), so the licence of {meeting_name} was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the battery needs replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is on bypass, so the battery does not protect the load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is calibrating its battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it raises an alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not communicating with its driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ping test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {download_mbps:.1f} Mbit/s, upload {upload_mbps:.1f} Mbit/s, latency {latency_ms:.1f} ms, jitter {jitter_ms:.1f} ms ({streams} streams).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable: {hosts_list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within {wait_s:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the name server within {wait_s:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection mid-transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little time was left to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent nothing for {wait_s:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its port number is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read as an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {download_mbps:.1f} Mbit/s, upload {upload_mbps:.1f} Mbit/s, latency {latency_ms:.1f} ms, jitter {jitter_ms:.1f} ms ({streams} streams). Reachable: {hosts_list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera stream {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no video at that address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battery {charge_pct:g} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {runtime_min:.0f} min of runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>run the pre-meeting checklist for a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pre-meeting checklist for a room and store the run in the history. Exit 0: GO; 1: NO-GO; 2: bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected HOST:PORT (port 0 to 65535), found {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the room without a window, with its metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the room without a window, as a service: the conversion queue, the schedule&apos;s holds, watch folders, the pre-meeting checklist, and the room&apos;s metrics for Prometheus. SIGTERM or Ctrl+C stops it; a running conversion resumes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room profile (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where Prometheus reads the metrics (default: 127.0.0.1:9847)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checklist when the agent starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot serve the metrics on {address}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{room}: the agent runs; metrics on http://{address}/metrics. Ctrl+C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{room}: the agent stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive of meeting recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive of meeting recordings: each converted recording of a meeting, named after it, with a sidecar holding the meeting&apos;s record and the file&apos;s SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that every archived recording is still there and unchanged, and that its sidecar matches it (exit 1 if not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this room&apos;s recordings (default: every room&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archived recordings to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} archived recordings checked ({size}): all good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} archived recordings checked ({size}); problems found: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {done}/{total} recordings: {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run only these checks, comma-separated (%(checks)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who runs the checklist (default: the profile&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list past checklist runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List past checklist runs, newest first, in each room&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show at most N runs (default: %(default)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this room&apos;s runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--only names no check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown check {unknown}; expected some of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{room}: checking {checks}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was not stored: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist runs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the output (default: $VCDESK_LANG, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator console for video-conference rooms. With no command, starts the console window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for the database and logs (default: $VCDESK_DATA_DIR, else the per-user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more log output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room profile to open in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the data folder {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate, show or create room profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room profiles: one YAML file per room, its devices and its thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the database {path} from what can still be read? The damaged file is kept as a copy. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database, or repair a damaged one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database that holds the conversion queue, the checklist history and the schedule: check it, or rebuild a damaged one from what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database (exit 1 if it is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database (PRAGMA quick_check): exit 0 if sound, 1 if damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild a damaged database from what can still be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of the damaged database, build a new one and copy into it every row that can still be read, then say what was saved and what was lost. Jobs that were running will run again. Recordings and converted files are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair without asking first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also put back, from the sidecars of the archive in this conversion output folder (or this archive folder), the meetings and recordings the database lacks (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same for this profile&apos;s conversion output folder (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not repaired: add --yes to repair without a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check profiles; exit 2 and one line per problem if any is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check room profiles. Exit 0 when every one is valid; else exit 2, with one line per problem: file, line, option and what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a room profile (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a profile with its defaults filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a room profile with every option, its defaults filled in; passwords are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room&apos;s meeting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s meeting records: what each meeting was, for whom, on which licence, when it was booked and when it really ran. Every change is kept with who made it and when. Times are on the room&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a meeting held (or to be held) in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked start, on the room&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked end, on the room&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of participants expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who runs the meeting in the room (default: the profile&apos;s room.operator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of meeting, one of the profile&apos;s meetings.kinds (e.g. webinar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency or unit the meeting is held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the licence used, one of the profile&apos;s licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform (e.g. Zoom, Teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who makes this change, for the change log (default: the system&apos;s user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room&apos;s meetings, by booked start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day (default: from the first meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day (default: to the last meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a meeting&apos;s record (each change is kept with who made it and when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room profile (needed to change the kind, the licence or a time: they are checked against it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of participants who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who ran the meeting in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it really started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it really ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting&apos;s record and its change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room profile, for its clock (default: this computer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a recording to a meeting by hand (its archived output is then named after the meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording (never modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting #{id} recorded: {title}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give the values to change (see vcdesk meeting set -h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--{option} needs --profile: the room&apos;s kinds, licences and clock are in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting #{id}: 1 change recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting #{id}: {count} changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting #{id}: nothing changed (it already has those values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording attached to meeting #{id}: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was attached to meeting #{id} before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the commented example profile to PATH (never overwrites a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the commented example room profile to PATH, to be edited; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new profile&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room&apos;s name (default: the example&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a licences file; no problems ({count} listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no problems ({room})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: written; edit it, then check it with: vcdesk profile validate {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the background conversion queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue of recordings converted for the archive. Every action but run only changes the queue; a running queue (run, or the console) acts on it within a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue recordings for conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue recordings for conversion; nothing is queued if any file is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the defaults from this room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversion (default: the profile&apos;s, else remux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the converted files go (default: the profile&apos;s output_dir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every job in the queue, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the queue here, without the console window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the queue here, without the console window, until Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop once no job waits or runs (exit 1 if any failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take parallel jobs, priority, watch folders, meeting programs and the room&apos;s schedule (no conversion during its meetings) from this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job&apos;s number, as queue list shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause a job, or with no ID the whole queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume a job, or with no ID the whole queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop a job; its partial output is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue a failed, cancelled or interrupted job again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a job from the list (not its files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a waiting job earlier or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up: earlier; down: later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch meeting mode (conversions held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: hold every conversion; off: let them go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the name is not valid text on this system: rename the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued #{id}: {path} ({preset}, to {folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is paused (vcdesk queue resume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode is on: switched on by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode is on: a meeting program is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as {output} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed}× real time, about {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job #{id} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job #{id}: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode switched on: conversions are held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting program is still running: conversions stay held until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room&apos;s schedule: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue runs (database {db}); Ctrl+C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is paused: waiting (vcdesk queue resume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue stopped: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{id} started: {input} ({preset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode on: conversions are held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode off: conversions go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room&apos;s meetings and the conversion plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s meetings, from its calendar and from the console, and when the conversion queue runs around them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day&apos;s meetings and when each waiting conversion is expected to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day&apos;s meetings in the room&apos;s time zone, and when each waiting conversion is expected to run and finish, clear of the meetings. Exit 2 when the calendar cannot be read and no copy of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day to show (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan as if it were this time, in the room&apos;s time zone (to try a schedule out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting on now is over: the room is free for conversions from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time as YYYY-MM-DDTHH:MM, found {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting is on now in {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended “{title}” (booked until {end}): {room} is free from {now}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the last good copy of the calendar instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: {source} (read {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: {source} cannot be read now: using the copy read {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: {source} cannot be read, and no copy was kept: the meetings below are the console&apos;s only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings: entered in the console only (the profile names no schedule.ics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; events left out because they could not be read: {skipped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added in the console, #{entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not hold conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar problems: {count} (the rest of the calendar is used):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more (all of them: --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion plan: no job waits or runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion plan from {now} (no job runs in a meeting, nor {pause} before one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converting, ends {finish}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs {start}-{finish}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length}, held {held} by meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports for the room&apos;s leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports for the room&apos;s leaders and its admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month&apos;s meetings: how many, how long, for whom, with how many participants, the savings, the checklists and the recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month, on the room&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf for the leaders, xlsx or csv for the admin, json for scripts (default: from the file&apos;s name, else json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report to FILE (default: JSON to stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a month as YYYY-MM, found {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format {format} needs -o FILE: only JSON goes to stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conversions</name>
    <message>
        <source>A file or folder is not there any more: the recording or the output folder was moved, renamed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not there: it was moved, renamed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vcdesk is not allowed to open this file or write into its folder: check the permissions of the file and the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the converted file did not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk quota is used up: the converted file did not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk {disk} filled up during the conversion: the converted file needs about {need} there and {free} is free. The partial file was removed; free space on that disk (or choose another output folder) and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free space on the disk {disk}: the converted file needs about {need} and {free} is free. Free space on that disk (or choose another output folder) and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder is on a read-only disk: choose another output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is too long for this disk: rename the recording to something shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is incomplete: the recording was probably cut off before it was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a recording that can be read: it is damaged, or not a video or audio file at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the recording was probably never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording holds no picture or sound: there is nothing to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording has no sound: the audio-only preset has nothing to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with the output&apos;s name already exists; it was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is damaged part-way through: some of its data is broken or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output format cannot hold one of the recording&apos;s streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ffmpeg lacks an encoder the preset needs: install the full ffmpeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported a read or write error: check the drive, cable or network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network share went away during the conversion: check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory: close other programs and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion was stopped before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the converted file was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vcdesk stopped before the conversion finished; the partial output was removed and the job will run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vcdesk was stopped while converting (crash, power cut or kill); the partial output was removed and the job will run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue converting this job has stopped (crash, power cut or kill); the job runs again, and its partial output is removed, when the queue next runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg stopped: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg stopped with exit code {returncode} and gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file took longer than {seconds}: the disk or network share may be too slow or stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg could not be started: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffprobe was not found beside {ffmpeg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffprobe gave an answer that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg could not read the file: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg could not read the file: it stopped with exit code {returncode} and gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted file cannot be opened: {cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted file has {found} but should have {wanted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted file claims to last {measured:.1f} s but the recording lasts {expected:.1f} s: part of it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted file plays for {measured:.1f} s but the recording lasts {expected:.1f} s: part of it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the converted file took longer than {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted file is damaged: it cannot be read to the end ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted file is damaged: it cannot be read to the end (exit code {returncode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vcdesk failed unexpectedly: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset {preset} is not known to this vcdesk: choose one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder {folder} cannot be created ({detail}): choose another output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted file could not be put in {folder}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no job #{job_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job #{job_id} is {state}: only waiting jobs move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job #{job_id} is {state}: nothing to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job #{job_id} is {state}: only a paused job resumes (use retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job #{job_id} is {state}: nothing to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job #{job_id} is {state}: only a failed, cancelled or interrupted job can be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job #{job_id} is still stopping: try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job #{job_id} is {state} in an engine: cancel it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversion queue is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>a meeting needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {field} is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of participants must be from 0 to {limit:,}, not {value:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of participants must be a whole number, not {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actual end must be after the actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting cannot last more than {days} days: check the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting cannot have run more than {days} days: check the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meeting kind {kind!r}: the kinds of this room are {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown licence {licence!r}: the licences of this room are {licences}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown licence {licence!r}: the room profile lists no licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time as YYYY-MM-DD HH:MM, found {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meeting #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting has no field {field!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting #{id} belongs to the room {room}, not to {profile_room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the archive&apos;s own output or a partial file, not a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP items ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added with vcdesk meeting add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room&apos;s folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{participants:,} participants, but licence {licence} admits {capacity:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence {licence} has 1 host account and {count} meetings at once: {others}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence {licence} has {hosts} host accounts and {count} meetings at once: {others}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence {licence} is no longer among the licences of this room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>month_report</name>
    <message>
        <source>Monthly meeting report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings are estimated per meeting as travel {travel} plus meals {meal} per participant (actual participants, else expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room profile sets no savings amounts: savings are shown as Rp0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-meeting checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings are recorded for this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kind not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(organiser not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared (GO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cleared (NO-GO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>MP4, copied (fast, same quality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H.264, 720p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H.264, 1080p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder; expected a .yaml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than {max_bytes}; not a room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a room profile (see profiles/example.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a room profile (key: value lines), found a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a room profile (key: value lines), found a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save: {detail}; the file on disk is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save: {detail}; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free file name for {stem!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not delete: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list opened here with {open} is never closed; close it with {close}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section opened here with {open} is never closed; close it with {close}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text opened here with {open} is never closed; close it with {close}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab character; YAML is indented with spaces, not tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key {key!r}: each option may appear only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character ({character}) that YAML text cannot hold; is this a binary file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit:,} values (aliases?); not a room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML tags (!...) are not allowed in a room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option names must be text, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option {key!r}; expected one of: {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option {key!r}; did you mean {hint!r}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option {key!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but missing; add `schema_version: {version}` at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this profile is for schema {version}, made by a newer vcdesk; this one reads up to {supported}: update vcdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number {sign} {bound}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of {allowed}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {allowed}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected some text, found an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least {min} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most {max} characters, found {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected host:port with a port from 1 to 65535, found {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone {value!r}; expected e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an http:// or https:// URL, found {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path cannot hold a nul character, found {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} names the home folder of {user!r}, but this computer has no such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is a loop of symbolic links; point it at a real folder or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a meeting kind in lowercase: a letter, then letters, digits, - or _ (at most 32), found {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is listed twice; each meeting kind may appear only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP items for {value!r}, which is not a meeting kind of this room; expected one of: {options} (meetings.kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second licence named {value!r}; each licence needs its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected whole rupiah written without dots or commas (e.g. 15000000), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected whole rupiah as a number, found text {value!r}; write {hint} (no dots, commas or Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a licences file (licences: and savings: lines), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section (key: value lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (an empty value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of type {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number far too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found character {character} that cannot start any token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not find expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence entries are not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping keys are not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping values are not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected alphabetic or numeric character, but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit or &apos;.&apos;, but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit, but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos; &apos;, but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a comment or a line break, but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected chomping or indentation indicators, but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected indentation indicator in the range 1-9, but found 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more indented follow up line than first in a block scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found unexpected end of stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found unexpected document separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found unexpected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;!&apos;, but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;!&apos; but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected URI, but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;&gt;&apos; but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected URI escape sequence of 2 hexdecimal numbers, but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected escape sequence of {number} hexdecimal numbers, but found {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found unknown escape character {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;block end&gt;, but found {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;&lt;document start&gt;&apos;, but found ({token},)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found non-comment content after document end marker, ({token},)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found undefined tag handle {handle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found duplicate YAML directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found incompatible YAML document (version 1.* is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate tag handle {handle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;, but got {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}}&apos;, but got {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the node content, but found {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>but found another document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum depth of data structure exceeded ({depth}), if necessary increase YAML().max_depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found undefined alias {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not determine a constructor for the tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a scalar node, but found {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a sequence node, but found {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping node, but found {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a sequence, but found {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping of length 1, but found {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a single mapping item, but found {number} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to construct timestamp from &quot;{text}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to convert base64 data into ascii: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to decode base64 data: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found duplicate key &quot;{key}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found unhashable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found duplicate merge key &quot;&lt;&lt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping or list of mappings for merging, but found {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping for merging, but found {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum recursion depth exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;stream start&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;stream end&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;document start&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;document end&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;directive&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;block sequence start&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;block mapping start&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;block end&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;?&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;alias&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;anchor&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;tag&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;scalar&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&lt;comment&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;\t&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos; &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;\n&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;\r&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;\x00&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Pre-meeting checklist report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard operating procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room&apos;s profile lists no SOP items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place, date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save checklist report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>The schedule file {source} does not exist: export the calendar there again, or correct schedule.ics in the room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule file {source} cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s schedule cannot be read from vcdesk&apos;s database ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule feed {source} answered HTTP {status} ({detail}): check the address in the room profile (schedule.ics), or ask whoever runs the booking system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule feed {source} did not answer within {seconds}: check the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be reached ({detail}): check the network and the address in the room profile (schedule.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule feed {source} sends vcdesk on to {target}, which is not a web address (http or https): it was not followed; check schedule.ics in the room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule feed {source} is larger than {limit}: that is not a room&apos;s calendar; check schedule.ics in the room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: the address gives a web page, not a calendar (a login page?): use the calendar&apos;s iCal/ICS export address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: it is not an iCalendar file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: it holds no VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: none of its {events} events has a start time that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: none of its {events} events can be used (see the events left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: its meetings cannot be worked out ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: it has no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: it has more than one start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: its {field} cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: its time zone {zone} is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: its repeat rule {rule} is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: it repeats {frequency}, which no meeting does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: its repeats took longer than {seconds} to work out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: its repeats cannot be worked out ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) repeats more than {limit} times in the days shown: only the first {limit} are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has more than {limit} meetings in the days shown: only the first {limit} are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the calendar&apos;s repeating meetings took longer than {seconds}: the rest were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar names an unknown time zone ({zone}) for its times: it was ignored, times without a zone are read as the room&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting longer than {days} days is surely a typing error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a meeting that is on now can be ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>another vcdesk program is using the database {path} (waited {seconds}); try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is damaged ({detail}); a copy of it was saved as {backup} and nothing was deleted. Run `vcdesk database repair` to save what can still be read into a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is damaged ({detail}) and no copy of it could be saved ({reason}); nothing was deleted. Copy the file somewhere safe before anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk that holds the database {path} is full: free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is at schema version {version}, newer than this vcdesk knows ({known}): update vcdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} cannot be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database at {path}: nothing to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} was not repaired: no copy of it could be saved ({reason}). Nothing was changed; free some space or copy the file somewhere safe first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} was not repaired: the new database failed its check ({detail}). Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is sound: nothing to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was rebuilt from what could still be read; the damaged file is kept as {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file: the new database is empty. Recordings and converted files on disk are untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: {saved} saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: {saved} saved, {lost} lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: {saved} saved, some could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions that were running and will run again: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the archive&apos;s sidecars. Meeting records: {meetings}; changes to them: {changes}; recordings: {recordings}; finished conversions: {jobs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s sidecars hold nothing the database lacks (sidecars read: {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting #{old} came back as #{new}: its number now belongs to another meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording #{old} came back as #{new}: its number now belongs to another recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored recordings whose archived file is missing or changed: {count} (`vcdesk archive verify` names them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecars that could not be read and were skipped: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive sidecars were found in: {folders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored from the archive&apos;s sidecars: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files seen in watch folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist runs (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings added in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion speed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes to meeting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting recordings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
