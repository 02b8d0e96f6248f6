<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>vcdesk: video-conference room console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-meeting checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera, microphone, power, disk and network, judged against the room profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue of recordings being converted for the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One YAML profile per room: its devices and thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past checklist runs, for the record.</source>
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
</TS>
