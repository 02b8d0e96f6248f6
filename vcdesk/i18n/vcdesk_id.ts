<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>MainWindow</name>
    <message>
        <source>vcdesk: video-conference room console</source>
        <translation>vcdesk: konsol ruang konferensi video</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>Pre-meeting checklist</source>
        <translation>Daftar periksa sebelum rapat</translation>
    </message>
    <message>
        <source>Camera, microphone, power, disk and network, judged against the room profile.</source>
        <translation>Kamera, mikrofon, daya, disk dan jaringan, dinilai menurut profil ruang.</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Recording conversions</source>
        <translation>Konversi rekaman</translation>
    </message>
    <message>
        <source>The queue of recordings being converted for the archive.</source>
        <translation>Antrean rekaman yang sedang dikonversi untuk arsip.</translation>
    </message>
    <message>
        <source>Room profiles</source>
        <translation>Profil ruang</translation>
    </message>
    <message>
        <source>One YAML profile per room: its devices and thresholds.</source>
        <translation>Satu profil YAML per ruang: perangkat dan ambang batasnya.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Past checklist runs, for the record.</source>
        <translation>Pemeriksaan yang lalu, sebagai catatan.</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Ruang: %1</translation>
    </message>
    <message>
        <source>Room profile has problems: %1</source>
        <translation>Profil ruang bermasalah: %1</translation>
    </message>
    <message>
        <source>No room profile chosen</source>
        <translation>Belum ada profil ruang yang dipilih</translation>
    </message>
</context>
</TS>