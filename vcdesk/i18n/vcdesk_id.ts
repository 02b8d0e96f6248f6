<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About vcdesk</source>
        <translation>Tentang vcdesk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Berkas log</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Dibangun dengan</translation>
    </message>
    <message>
        <source>The console of a video-conference room: checks before each meeting, recordings converted after.</source>
        <translation>Konsol ruang konferensi video: pemeriksaan sebelum setiap rapat, konversi rekaman sesudahnya.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>%1 has started</source>
        <translation>%1 sudah dimulai</translation>
    </message>
    <message>
        <source>%1 starts in %2</source>
        <translation>%1 dimulai %2 lagi</translation>
    </message>
    <message>
        <source>In a meeting until %1 %2</source>
        <translation>Rapat berlangsung sampai %1 %2</translation>
    </message>
    <message>
        <source>No more meetings today</source>
        <translation>Tidak ada rapat lagi hari ini</translation>
    </message>
    <message>
        <source>Next meeting in %1: %2 (%3 %4)</source>
        <translation>Rapat berikutnya %1 lagi: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>No booking calendar in this room profile: meetings added here only.</source>
        <translation>Profil ruangan ini tidak memiliki kalender pemesanan: hanya rapat yang ditambahkan di sini.</translation>
    </message>
    <message>
        <source>Calendar read %1</source>
        <translation>Kalender dibaca pukul %1</translation>
    </message>
    <message>
        <source>Calendar unavailable: showing the copy from %1</source>
        <translation>Kalender tidak dapat dibaca: menampilkan salinan pukul %1</translation>
    </message>
    <message>
        <source>Calendar unavailable, and no copy was kept: meetings added here only</source>
        <translation>Kalender tidak dapat dibaca dan belum ada salinannya: hanya rapat yang ditambahkan di sini</translation>
    </message>
    <message>
        <source>%1 event(s) could not be read and are left out</source>
        <translation>%1 acara tidak dapat dibaca sehingga tidak ditampilkan</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the server refused</source>
        <translation>server menolak</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>server tidak menjawab</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>server tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>berkas terlalu besar</translation>
    </message>
    <message>
        <source>not a calendar file</source>
        <translation>bukan berkas kalender</translation>
    </message>
    <message>
        <source>Today&apos;s meetings</source>
        <translation>Rapat hari ini</translation>
    </message>
    <message>
        <source>&amp;Add meeting…</source>
        <translation>&amp;Tambah rapat…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove a meeting added here (calendar meetings change at the source)</source>
        <translation>Hapus rapat yang ditambahkan di sini (rapat dari kalender diubah di sumbernya)</translation>
    </message>
    <message>
        <source>&amp;End now</source>
        <translation>&amp;Akhiri sekarang</translation>
    </message>
    <message>
        <source>The meeting on now is over: conversions may use the room again</source>
        <translation>Rapat yang sedang berlangsung sudah selesai: konversi boleh memakai ruang lagi</translation>
    </message>
    <message>
        <source>No room chosen</source>
        <translation>Belum ada ruang yang dipilih</translation>
    </message>
    <message>
        <source>No meetings today</source>
        <translation>Tidak ada rapat hari ini</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Sepanjang hari</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Sekarang:</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>The camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <source>The video file %1</source>
        <translation>Berkas video %1</translation>
    </message>
    <message>
        <source>The camera stream %1</source>
        <translation>Aliran video kamera %1</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <source>No camera is connected. This room marks its camera optional.</source>
        <translation>Tidak ada kamera yang tersambung. Kamera bersifat opsional di ruangan ini.</translation>
    </message>
    <message>
        <source>%1 does not exist: correct camera.source in the room profile.</source>
        <translation>%1 tidak ada. Perbaiki camera.source di profil ruangan.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): check that the camera is on, its address and the network.</source>
        <translation>%1 tidak dapat dijangkau (%2). Pastikan kamera menyala, lalu periksa alamatnya dan jaringan.</translation>
    </message>
    <message>
        <source>%1 was not found: connect the camera, or correct camera.source in the room profile.</source>
        <translation>%1 tidak ditemukan. Sambungkan kamera, atau perbaiki camera.source di profil ruangan.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (Zoom, Teams, OBS or a browser?): close that program. The preview tries again by itself.</source>
        <translation>%1 sedang dipakai program lain (Zoom, Teams, OBS, atau peramban?): tutup program itu. Pratinjau akan mencoba lagi dengan sendirinya.</translation>
    </message>
    <message>
        <source>%1 gave no picture in time: check its power and its cable or network.</source>
        <translation>%1 tidak memberikan gambar tepat waktu. Periksa dayanya, serta kabel atau jaringannya.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2): check camera.source in the room profile.</source>
        <translation>%1 tidak dapat dibuka (%2). Periksa camera.source di profil ruangan.</translation>
    </message>
    <message>
        <source>%1 stopped giving pictures: check its cable or network. Trying again…</source>
        <translation>%1 berhenti memberikan gambar. Periksa kabel atau jaringannya. Mencoba lagi…</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera preview</source>
        <translation>Pratinjau kamera</translation>
    </message>
    <message>
        <source>No picture yet.</source>
        <translation>Belum ada gambar.</translation>
    </message>
    <message>
        <source>%1×%2 · %3 fps</source>
        <translation>%1×%2 · %3 fps</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Operator name</source>
        <translation>Nama operator</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>Run checklist (F5)</source>
        <translation>Jalankan daftar periksa (F5)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batalkan (Esc)</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Simpan laporan…</translation>
    </message>
    <message>
        <source>Standard operating procedure</source>
        <translation>Standar Operasional Prosedur (SOP)</translation>
    </message>
    <message>
        <source>Tick each item once it is done (Space ticks the selected one).</source>
        <translation>Centang setiap butir setelah selesai (Spasi mencentang butir yang dipilih).</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prosesor</translation>
    </message>
    <message>
        <source>Network in</source>
        <translation>Jaringan masuk</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Pantauan langsung</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speak at a normal voice: the bar should reach the yellow.</source>
        <translation>Bicaralah dengan suara normal: bilah harus mencapai warna kuning.</translation>
    </message>
    <message>
        <source>Camera &amp;&amp; microphone</source>
        <translation>Kamera &amp;&amp; mikrofon</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Membuka kamera…</translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation>Membuka mikrofon…</translation>
    </message>
    <message>
        <source>No room chosen.</source>
        <translation>Belum ada ruang yang dipilih.</translation>
    </message>
    <message>
        <source>Paused while the checklist tests the camera.</source>
        <translation>Dijeda selama daftar periksa menguji kamera.</translation>
    </message>
    <message>
        <source>Paused while the checklist tests the microphone.</source>
        <translation>Dijeda selama daftar periksa menguji mikrofon.</translation>
    </message>
    <message>
        <source>Paused while the page is not shown.</source>
        <translation>Dijeda selama halaman ini tidak ditampilkan.</translation>
    </message>
    <message>
        <source>%1 · %2 kHz</source>
        <translation>%1 · %2 kHz</translation>
    </message>
    <message>
        <source>No room chosen</source>
        <translation>Belum ada ruang yang dipilih</translation>
    </message>
    <message>
        <source>Choose a room</source>
        <translation>Pilih ruang</translation>
    </message>
    <message>
        <source>Open a room profile on the Room profiles page to run its checklist.</source>
        <translation>Buka profil ruangan di halaman Profil ruangan untuk menjalankan daftar periksanya.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Belum diperiksa</translation>
    </message>
    <message>
        <source>Press F5 or “Run checklist” before the meeting.</source>
        <translation>Tekan F5 atau “Jalankan daftar periksa” sebelum rapat.</translation>
    </message>
    <message>
        <source>For the next meeting: %1 (%2)</source>
        <translation>Untuk rapat berikutnya: %1 (%2)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>%1 of %2 checks done.</source>
        <translation>%1 dari %2 pemeriksaan selesai.</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>TIDAK SIAP</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed; fix them before the meeting.</source>
        <translation>
            <numerusform>%n pemeriksaan gagal; perbaiki sebelum rapat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Diperiksa pukul %1.</translation>
    </message>
    <message>
        <source>GO, with warnings</source>
        <translation>SIAP, dengan peringatan</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): read them before the meeting.</source>
        <translation>
            <numerusform>%n peringatan: baca dulu sebelum rapat.</numerusform>
        </translation>
    </message>
    <message>
        <source>GO</source>
        <translation>SIAP</translation>
    </message>
    <message>
        <source>The room is ready.</source>
        <translation>Ruang siap dipakai.</translation>
    </message>
    <message>
        <source>Not stored in the history: %1</source>
        <translation>Tidak tersimpan di riwayat: %1</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>vcdesk is already running for the data folder %1 (process %2), but it does not answer. Close it, or end that process in the task manager, then start vcdesk again.</source>
        <translation>vcdesk sudah berjalan untuk folder data %1 (proses %2), tetapi tidak menjawab. Tutup vcdesk itu, atau akhiri prosesnya di Pengelola Tugas, lalu jalankan vcdesk lagi.</translation>
    </message>
</context>
<context>
    <name>ConversionsPage</name>
    <message>
        <source>Recording conversions</source>
        <translation>Konversi rekaman</translation>
    </message>
    <message>
        <source>Meeting mode: off</source>
        <translation>Mode rapat: nonaktif</translation>
    </message>
    <message>
        <source>Hold every conversion while a meeting runs, so it gets the whole computer.</source>
        <translation>Tahan semua konversi selama rapat berlangsung, agar rapat mendapat seluruh daya komputer.</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>Jeda antrean</translation>
    </message>
    <message>
        <source>Start no new conversion; the ones running go on.</source>
        <translation>Jangan mulai konversi baru; yang sedang berjalan tetap dilanjutkan.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Batalkan tugas</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Show error</source>
        <translation>Lihat kesalahan</translation>
    </message>
    <message>
        <source>Queue recordings for conversion (Ctrl+O)</source>
        <translation>Masukkan rekaman ke antrean konversi (Ctrl+O)</translation>
    </message>
    <message>
        <source>Pause or resume the selected job (Space)</source>
        <translation>Jeda atau lanjutkan tugas yang dipilih (Spasi)</translation>
    </message>
    <message>
        <source>Stop the selected job; its partial file is removed (Del)</source>
        <translation>Hentikan tugas yang dipilih; berkas yang belum selesai dihapus (Del)</translation>
    </message>
    <message>
        <source>Queue the failed, cancelled or interrupted job again</source>
        <translation>Masukkan lagi tugas yang gagal, dibatalkan, atau terputus ke antrean</translation>
    </message>
    <message>
        <source>Convert the selected job earlier (Ctrl+Up)</source>
        <translation>Konversi tugas yang dipilih lebih awal (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Convert the selected job later (Ctrl+Down)</source>
        <translation>Konversi tugas yang dipilih belakangan (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Take the finished job off the list; files stay (Del)</source>
        <translation>Hapus tugas yang selesai dari daftar; berkasnya tetap ada (Del)</translation>
    </message>
    <message>
        <source>Open the folder the converted file goes to</source>
        <translation>Buka folder tujuan berkas hasil konversi</translation>
    </message>
    <message>
        <source>Why the selected job failed (double-click the row)</source>
        <translation>Penyebab tugas yang dipilih gagal (klik dua kali barisnya)</translation>
    </message>
    <message>
        <source>Drop recordings here or press “Add files…” (Ctrl+O).</source>
        <translation>Letakkan rekaman di sini atau tekan “Tambah berkas…” (Ctrl+O).</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 berjalan</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 menunggu</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 dijeda</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 gagal</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>tidak ada tugas aktif</translation>
    </message>
    <message>
        <source>Queue (held for the meeting): %1</source>
        <translation>Antrean (ditahan untuk rapat): %1</translation>
    </message>
    <message>
        <source>Queue (paused): %1</source>
        <translation>Antrean (dijeda): %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Antrean: %1</translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation>Rekaman (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Add recordings to convert</source>
        <translation>Tambah rekaman untuk dikonversi</translation>
    </message>
    <message>
        <source>Cancel the conversion of %1? It has not started; Retry puts it back in the queue later.</source>
        <translation>Batalkan konversi %1? Konversi ini belum dimulai; Coba lagi akan memasukkannya kembali ke antrean nanti.</translation>
    </message>
    <message>
        <source>Cancel the conversion?</source>
        <translation>Batalkan konversi?</translation>
    </message>
    <message>
        <source>%1 is being converted. Cancel it? What is converted so far is deleted; the recording itself is kept.</source>
        <translation>%1 sedang dikonversi. Batalkan? Hasil konversi sejauh ini dihapus; rekaman aslinya tetap disimpan.</translation>
    </message>
    <message>
        <source>%1 finished meanwhile: nothing was cancelled.</source>
        <translation>%1 sudah selesai sementara itu: tidak ada yang dibatalkan.</translation>
    </message>
    <message>
        <source>The folder %1 is not there yet: it is made when the first conversion into it starts.</source>
        <translation>Folder %1 belum ada: folder itu dibuat saat konversi pertama ke sana dimulai.</translation>
    </message>
    <message>
        <source>Why the conversion failed</source>
        <translation>Penyebab konversi gagal</translation>
    </message>
    <message>
        <source>%1 could not be converted.</source>
        <translation>%1 tidak dapat dikonversi.</translation>
    </message>
    <message>
        <source>%1 was interrupted.</source>
        <translation>%1 terputus.</translation>
    </message>
    <message>
        <source>Recording: %1
Output folder: %2
Reason code: %3</source>
        <translation>Rekaman: %1
Folder hasil: %2
Kode penyebab: %3</translation>
    </message>
    <message>
        <source>switched on here</source>
        <translation>dinyalakan di sini</translation>
    </message>
    <message>
        <source>a meeting in the calendar</source>
        <translation>ada rapat di kalender</translation>
    </message>
    <message>
        <source>Meeting mode: on</source>
        <translation>Mode rapat: aktif</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>Lanjutkan antrean</translation>
    </message>
    <message>
        <source>Meeting mode: on (%1)</source>
        <translation>Mode rapat: aktif (%1)</translation>
    </message>
    <message>
        <source>Meeting in progress: conversions are paused</source>
        <translation>Rapat berlangsung: konversi dijeda</translation>
    </message>
    <message>
        <source>Meeting program detected: %1. Conversions go on by themselves once it has closed.</source>
        <translation>Program rapat terdeteksi: %1. Konversi berlanjut sendiri setelah program itu ditutup.</translation>
    </message>
    <message>
        <source>The room&apos;s calendar has a meeting on: conversions go on when it ends (or press “End now” under today&apos;s meetings).</source>
        <translation>Kalender ruang mencatat rapat yang sedang berlangsung: konversi berlanjut setelah rapat selesai (atau tekan “Akhiri sekarang” di bawah rapat hari ini).</translation>
    </message>
    <message>
        <source>Switched on here: switch “Meeting mode” off after the meeting.</source>
        <translation>Diaktifkan di sini: nonaktifkan “Mode rapat” setelah rapat selesai.</translation>
    </message>
    <message>
        <source>The queue is paused as well.</source>
        <translation>Antrean juga sedang dijeda.</translation>
    </message>
    <message>
        <source>Queue paused: no new conversion starts</source>
        <translation>Antrean dijeda: tidak ada konversi baru yang dimulai</translation>
    </message>
    <message>
        <source>Conversions already running go on. Press “Resume queue” to start the waiting ones.</source>
        <translation>Konversi yang sedang berjalan tetap dilanjutkan. Tekan “Lanjutkan antrean” untuk memulai yang menunggu.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Perbaiki</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>vcdesk cannot use its database %1: %2.</source>
        <translation>vcdesk tidak dapat memakai basis datanya %1: %2.</translation>
    </message>
    <message>
        <source>A copy of the damaged file was kept as %1; nothing was deleted.</source>
        <translation>Salinan berkas yang rusak disimpan sebagai %1; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>Repair builds a new database and copies into it everything that can still be read: the conversion queue, the checklist history and the schedule. Conversions that were running will run again. Recordings and converted files are not touched.</source>
        <translation>Perbaiki membuat basis data baru dan menyalin ke dalamnya semua yang masih dapat dibaca: antrean konversi, riwayat daftar periksa, dan jadwal. Konversi yang sedang berjalan akan dijalankan lagi. Rekaman dan berkas hasil konversi tidak disentuh.</translation>
    </message>
    <message>
        <source>Repairing the database…</source>
        <translation>Memperbaiki basis data…</translation>
    </message>
    <message>
        <source>The database was repaired</source>
        <translation>Basis data sudah diperbaiki</translation>
    </message>
    <message>
        <source>The database could not be repaired: %1</source>
        <translation>Basis data tidak dapat diperbaiki: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>This text is missing from this installation of vcdesk.</source>
        <translation>Teks ini tidak ada dalam instalasi vcdesk ini.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Ruang:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Perbarui</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Simpan &amp;laporan…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Waktu mulai</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>No checklist runs match this filter.</source>
        <translation>Tidak ada pemeriksaan yang sesuai dengan filter ini.</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Riwayat tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Semua ruang</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>SOP items ticked: %1</source>
        <translation>Butir SOP yang dicentang: %1</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>TIDAK SIAP</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>SIAP</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>Held (meeting)</source>
        <translation>Ditahan (rapat)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tugas %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Kecepatan</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Ukuran hasil</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Perkiraan jadwal</translation>
    </message>
    <message>
        <source>%1 % was converted before a meeting; it goes on from there in the next free time</source>
        <translation>%1 % sudah dikonversi sebelum rapat; dilanjutkan dari situ pada waktu luang berikutnya</translation>
    </message>
    <message>
        <source>Expected to start at %1 and finish at %2 (%3)</source>
        <translation>Diperkirakan mulai pukul %1 dan selesai pukul %2 (%3)</translation>
    </message>
    <message>
        <source>(held %1 min for meetings)</source>
        <translation>(ditahan %1 mnt karena rapat)</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Level suara mikrofon</translation>
    </message>
    <message>
        <source>No level: the microphone is not being metered.</source>
        <translation>Tidak ada level: mikrofon tidak sedang diukur.</translation>
    </message>
    <message>
        <source>Level: –</source>
        <translation>Level suara: –</translation>
    </message>
    <message>
        <source>Silence (no signal)</source>
        <translation>Senyap (tidak ada sinyal)</translation>
    </message>
    <message>
        <source>Below %1 dBFS</source>
        <translation>Di bawah %1 dBFS</translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation>puncak %1</translation>
    </message>
    <message>
        <source>%1 dBFS</source>
        <translation>%1 dBFS</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>PECAH</translation>
    </message>
    <message>
        <source>no clip</source>
        <translation>tidak pecah</translation>
    </message>
    <message>
        <source>Clipping: turn the microphone&apos;s input gain down.</source>
        <translation>Suara pecah (clipping): turunkan gain input mikrofon.</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>One item per line</source>
        <translation>Satu butir per baris</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vcdesk: video-conference room console</source>
        <translation>vcdesk: konsol ruang konferensi video</translation>
    </message>
    <message>
        <source>&amp;Meeting mode (hold conversions)</source>
        <translation>Mode &amp;rapat (tahan konversi)</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Konsol</translation>
    </message>
    <message>
        <source>&amp;Start with the computer</source>
        <translation>&amp;Mulai bersama komputer</translation>
    </message>
    <message>
        <source>Open vcdesk when this user logs in to the computer</source>
        <translation>Buka vcdesk saat pengguna ini masuk ke komputer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <source>&amp;README (for the technical team, in English)</source>
        <translation>&amp;README (untuk tim teknis, berbahasa Inggris)</translation>
    </message>
    <message>
        <source>&amp;About vcdesk</source>
        <translation>&amp;Tentang vcdesk</translation>
    </message>
    <message>
        <source>vcdesk user guide</source>
        <translation>Panduan pengguna vcdesk</translation>
    </message>
    <message>
        <source>Could not change starting with the computer: %1</source>
        <translation>Pengaturan mulai bersama komputer tidak dapat diubah: %1</translation>
    </message>
    <message>
        <source>The new language is used from the next start of vcdesk.</source>
        <translation>Bahasa baru dipakai mulai vcdesk dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Active room: %1</source>
        <translation>Ruang aktif: %1</translation>
    </message>
    <message>
        <source>Checking the room before %1</source>
        <translation>Memeriksa ruang sebelum %1</translation>
    </message>
    <message>
        <source>While meeting mode is on, conversions are held so the meeting has the PC.</source>
        <translation>Selama mode rapat aktif, konversi ditahan agar PC sepenuhnya dipakai untuk rapat.</translation>
    </message>
    <message>
        <source>Conversion finished</source>
        <translation>Konversi selesai</translation>
    </message>
    <message>
        <source>%1 is ready in %2</source>
        <translation>%1 sudah siap di %2</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Konversi gagal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checklist: NO-GO (%1)</source>
        <translation>Daftar periksa: TIDAK SIAP (%1)</translation>
    </message>
    <message>
        <source>Not ready: %1.</source>
        <translation>Belum siap: %1.</translation>
    </message>
    <message>
        <source>Checklist: NO-GO for %1</source>
        <translation>Daftar periksa: TIDAK SIAP untuk %1</translation>
    </message>
    <message>
        <source>Conversions are still running</source>
        <translation>Konversi masih berjalan</translation>
    </message>
    <message>
        <source>Keep converting in the background? vcdesk stays in the tray (the icon by the clock) and tells you when each conversion is done.</source>
        <translation>Lanjutkan konversi di latar belakang? vcdesk tetap berada di baki sistem (ikon di dekat jam) dan memberi tahu setiap kali konversi selesai.</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Tetap berjalan di baki sistem</translation>
    </message>
    <message>
        <source>Quit (resume next time)</source>
        <translation>Keluar (lanjutkan lain kali)</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>Jangan tanya lagi</translation>
    </message>
    <message>
        <source>vcdesk is still converting</source>
        <translation>vcdesk masih mengonversi</translation>
    </message>
    <message>
        <source>Conversions go on in the background. Click the tray icon to open.</source>
        <translation>Konversi berlanjut di latar belakang. Klik ikon di baki sistem untuk membuka.</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Room profiles</source>
        <translation>Profil ruangan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Ruang: %1</translation>
    </message>
    <message>
        <source>Room profile has problems: %1</source>
        <translation>Profil ruangan bermasalah: %1</translation>
    </message>
    <message>
        <source>No room profile chosen</source>
        <translation>Belum ada profil ruangan yang dipilih</translation>
    </message>
</context>
<context>
    <name>MeetingDesk</name>
    <message>
        <source>Choose a room first.</source>
        <translation>Pilih ruang terlebih dahulu.</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the agenda?</source>
        <translation>Hapus “%1” (%2) dari agenda?</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Hapus rapat</translation>
    </message>
    <message>
        <source>Is “%1” over? The room counts as free from now on, and conversions may run in it.</source>
        <translation>Apakah “%1” sudah selesai? Ruang dianggap kosong mulai sekarang, dan konversi boleh berjalan.</translation>
    </message>
    <message>
        <source>End meeting</source>
        <translation>Akhiri rapat</translation>
    </message>
    <message>
        <source>The meeting list was not changed: %1</source>
        <translation>Daftar rapat tidak berubah: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Add a meeting</source>
        <translation>Tambah rapat</translation>
    </message>
    <message>
        <source>e.g. Rapat Koordinasi</source>
        <translation>mis. Rapat Koordinasi</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Mulai (%1):</translation>
    </message>
    <message>
        <source>&amp;Ends (%1):</source>
        <translation>&amp;Selesai (%1):</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Beri judul rapat.</translation>
    </message>
    <message>
        <source>A meeting of more than 12 hours: check the start and end times.</source>
        <translation>Rapat lebih dari 12 jam: periksa jam mulai dan selesai.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting #%1</source>
        <translation>Rapat #%1</translation>
    </message>
    <message>
        <source>Add a meeting record</source>
        <translation>Tambah catatan rapat</translation>
    </message>
    <message>
        <source>the agency or unit it is held for</source>
        <translation>instansi atau unit yang menyelenggarakan rapat</translation>
    </message>
    <message>
        <source>e.g. Zoom, Teams</source>
        <translation>mis. Zoom, Teams</translation>
    </message>
    <message>
        <source>Actual sta&amp;rt:</source>
        <translation>Mulai se&amp;benarnya:</translation>
    </message>
    <message>
        <source>Act&amp;ual end:</source>
        <translation>Selesai sebena&amp;rnya:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Lama → baru</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Penyelenggara:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Je&amp;nis:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>Pla&amp;tform daring:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lisensi:</translation>
    </message>
    <message>
        <source>&amp;Expected participants:</source>
        <translation>Peserta &amp;diharapkan:</translation>
    </message>
    <message>
        <source>&amp;Actual participants:</source>
        <translation>Peserta &amp;hadir:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>&amp;Booked start (%1):</source>
        <translation>Jadwal &amp;mulai (%1):</translation>
    </message>
    <message>
        <source>Booked en&amp;d (%1):</source>
        <translation>Jadwal sel&amp;esai (%1):</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Daftar periksa:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Archived as</source>
        <translation>Diarsipkan sebagai</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Dilampirkan</translation>
    </message>
    <message>
        <source>Attach recordin&amp;g…</source>
        <translation>Lampirkan re&amp;kaman…</translation>
    </message>
    <message>
        <source>no run cleared it yet</source>
        <translation>belum ada pemeriksaan yang meloloskannya</translation>
    </message>
    <message>
        <source>run #%1</source>
        <translation>pemeriksaan #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP item(s) ticked</source>
        <translation>
            <numerusform>%n butir SOP dicentang</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Riwayat tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Attach a recording to this meeting</source>
        <translation>Lampirkan rekaman ke rapat ini</translation>
    </message>
    <message>
        <source>Recordings (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.mp3);;All files (*)</source>
        <translation>Rekaman (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.mp3);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Tidak dilampirkan: %1</translation>
    </message>
    <message>
        <source>Could not read the recordings: %1</source>
        <translation>Rekaman tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation>Rekaman (%1)</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Participants (expected / actual)</source>
        <translation>Peserta (diharapkan / hadir)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>run #%1 (deleted)</source>
        <translation>pemeriksaan #%1 (dihapus)</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Bulan sebelumnya</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Bulan berikutnya</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>&amp;Bulan ini</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Monthly &amp;report…</source>
        <translation>&amp;Laporan bulanan…</translation>
    </message>
    <message>
        <source>The monthly report is not part of this version of vcdesk yet.</source>
        <translation>Laporan bulanan belum tersedia dalam versi vcdesk ini.</translation>
    </message>
    <message>
        <source>Choose a room profile to see its meetings.</source>
        <translation>Pilih profil ruangan untuk melihat rapatnya.</translation>
    </message>
    <message>
        <source>Could not read the meetings: %1</source>
        <translation>Catatan rapat tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>No meetings recorded in this month. Add one, or they are added from the room&apos;s calendar.</source>
        <translation>Belum ada rapat yang tercatat pada bulan ini. Tambahkan satu, atau rapat akan ditambahkan dari kalender ruangan.</translation>
    </message>
    <message>
        <source>Meetings: %1 · Hours: %2 · Participants: %3</source>
        <translation>Rapat: %1 · Jam: %2 · Peserta: %3</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Simpan laporan bulanan</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Laporan PDF (*.pdf);;Buku kerja Excel (*.xlsx);;Tabel CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Laporan tidak disimpan</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>Tidak dapat menyimpan %1:
%2</translation>
    </message>
</context>
<context>
    <name>MicLevelMonitor</name>
    <message>
        <source>No microphone is connected. This room marks its microphone optional.</source>
        <translation>Tidak ada mikrofon yang tersambung. Mikrofon bersifat opsional di ruangan ini.</translation>
    </message>
    <message>
        <source>The sound library (PortAudio) is missing or would not start, so no microphone can be opened: reinstall vcdesk with its sound support.</source>
        <translation>Pustaka suara (PortAudio) tidak ada atau gagal dijalankan, sehingga mikrofon tidak dapat dibuka. Pasang ulang vcdesk beserta dukungan suaranya.</translation>
    </message>
    <message>
        <source>This computer has no sound input: connect a microphone.</source>
        <translation>Komputer ini tidak memiliki input suara. Sambungkan mikrofon.</translation>
    </message>
    <message>
        <source>There is no default microphone: choose one in the system&apos;s sound settings, or name one in microphone.device. Inputs present: %2.</source>
        <translation>Tidak ada mikrofon default. Pilih mikrofon di pengaturan suara sistem, atau tuliskan namanya di microphone.device. Input yang ada: %2.</translation>
    </message>
    <message>
        <source>No microphone matches “%1”: connect it, or correct microphone.device in the room profile. Inputs present: %2.</source>
        <translation>Tidak ada mikrofon yang cocok dengan “%1”. Sambungkan mikrofonnya, atau perbaiki microphone.device di profil ruangan. Input yang ada: %2.</translation>
    </message>
    <message>
        <source>Device %1 is not a microphone: correct microphone.device in the room profile.</source>
        <translation>Perangkat %1 bukan mikrofon. Perbaiki microphone.device di profil ruangan.</translation>
    </message>
    <message>
        <source>%1 will not open: another program may hold it, or it was unplugged. The meter tries again by itself.</source>
        <translation>%1 tidak dapat dibuka: mungkin sedang dipakai program lain, atau tercabut. Pengukur level akan mencoba lagi dengan sendirinya.</translation>
    </message>
    <message>
        <source>The microphone %1 does not answer: replug it or restart the computer&apos;s sound system. Trying again…</source>
        <translation>Mikrofon %1 tidak merespons. Cabut lalu colokkan kembali, atau mulai ulang sistem suara komputer. Mencoba lagi…</translation>
    </message>
</context>
<context>
    <name>ProblemSummary</name>
    <message>
        <source>Problems in this profile: %1</source>
        <translation>Masalah di profil ini: %1</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulir</translation>
    </message>
    <message>
        <source>&amp;YAML file</source>
        <translation>Berkas &amp;YAML</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ke&amp;mbalikan</translation>
    </message>
    <message>
        <source>Read the file again, dropping unsaved changes</source>
        <translation>Baca ulang berkas, buang perubahan yang belum disimpan</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Belum ada profil yang dipilih</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Tidak valid</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1, unsaved changes</source>
        <translation>%1, belum disimpan</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prosesor</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memori</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk rekaman</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Daya</translation>
    </message>
    <message>
        <source>UPS server (NUT)</source>
        <translation>Server UPS (NUT)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>SOP checklist</source>
        <translation>Daftar periksa SOP</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Shared licences</source>
        <translation>Lisensi bersama</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Penghematan</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nama ruang</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation>Sumber kamera</translation>
    </message>
    <message>
        <source>Minimum width</source>
        <translation>Lebar minimum</translation>
    </message>
    <message>
        <source>Minimum height</source>
        <translation>Tinggi minimum</translation>
    </message>
    <message>
        <source>Minimum frame rate</source>
        <translation>Frame rate minimum</translation>
    </message>
    <message>
        <source>Opening timeout</source>
        <translation>Batas waktu membuka</translation>
    </message>
    <message>
        <source>Measuring time</source>
        <translation>Lama pengukuran</translation>
    </message>
    <message>
        <source>Camera is optional</source>
        <translation>Kamera opsional</translation>
    </message>
    <message>
        <source>Microphone device</source>
        <translation>Perangkat mikrofon</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Laju sampel</translation>
    </message>
    <message>
        <source>Recording time</source>
        <translation>Lama perekaman</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Level minimum</translation>
    </message>
    <message>
        <source>Maximum clipping</source>
        <translation>Clipping maksimum</translation>
    </message>
    <message>
        <source>Microphone is optional</source>
        <translation>Mikrofon opsional</translation>
    </message>
    <message>
        <source>Maximum CPU use</source>
        <translation>Beban CPU maksimum</translation>
    </message>
    <message>
        <source>Minimum free memory</source>
        <translation>Memori tersedia minimum</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Folder rekaman</translation>
    </message>
    <message>
        <source>Minimum free space</source>
        <translation>Sisa kapasitas minimum</translation>
    </message>
    <message>
        <source>Recording bit rate</source>
        <translation>Bit rate rekaman</translation>
    </message>
    <message>
        <source>Power source</source>
        <translation>Sumber listrik</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Muatan baterai minimum</translation>
    </message>
    <message>
        <source>Minimum runtime</source>
        <translation>Waktu cadangan minimum</translation>
    </message>
    <message>
        <source>Power check is optional</source>
        <translation>Pemeriksaan daya opsional</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>UPS name</source>
        <translation>Nama UPS</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Speed test server</source>
        <translation>Server uji kecepatan</translation>
    </message>
    <message>
        <source>Minimum download</source>
        <translation>Kecepatan unduh minimum</translation>
    </message>
    <message>
        <source>Minimum upload</source>
        <translation>Kecepatan unggah minimum</translation>
    </message>
    <message>
        <source>Maximum latency</source>
        <translation>Latensi maksimum</translation>
    </message>
    <message>
        <source>Maximum jitter</source>
        <translation>Jitter maksimum</translation>
    </message>
    <message>
        <source>Hosts that must be reachable</source>
        <translation>Host yang harus dapat dijangkau</translation>
    </message>
    <message>
        <source>Test duration</source>
        <translation>Lama pengujian</translation>
    </message>
    <message>
        <source>Parallel streams</source>
        <translation>Aliran paralel</translation>
    </message>
    <message>
        <source>Network check is optional</source>
        <translation>Pemeriksaan jaringan opsional</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Folder arsip</translation>
    </message>
    <message>
        <source>Conversion preset</source>
        <translation>Format hasil konversi</translation>
    </message>
    <message>
        <source>Conversions at once</source>
        <translation>Konversi serentak maksimum</translation>
    </message>
    <message>
        <source>Run at low priority</source>
        <translation>Jalankan dengan prioritas rendah</translation>
    </message>
    <message>
        <source>Hardware encoder</source>
        <translation>Encoder perangkat keras</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Folder yang dipantau</translation>
    </message>
    <message>
        <source>Detect common meeting programs</source>
        <translation>Deteksi program rapat umum</translation>
    </message>
    <message>
        <source>More meeting programs</source>
        <translation>Program rapat lainnya</translation>
    </message>
    <message>
        <source>Meeting kinds</source>
        <translation>Jenis rapat</translation>
    </message>
    <message>
        <source>Recordings still belong for</source>
        <translation>Rekaman masih termasuk rapat selama</translation>
    </message>
    <message>
        <source>SOP items per meeting kind</source>
        <translation>Butir SOP per jenis rapat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Host accounts</source>
        <translation>Akun host</translation>
    </message>
    <message>
        <source>Shared licences file</source>
        <translation>Berkas lisensi bersama</translation>
    </message>
    <message>
        <source>Travel cost per meeting (Rp)</source>
        <translation>Biaya perjalanan per rapat (Rp)</translation>
    </message>
    <message>
        <source>Meal cost per participant (Rp)</source>
        <translation>Biaya konsumsi per peserta (Rp)</translation>
    </message>
    <message>
        <source>H.264 presets use this PC&apos;s hardware encoder (Quick Sync, NVENC, AMF, VAAPI, Media Foundation) when one works; otherwise the software encoder</source>
        <translation>Format hasil H.264 memakai encoder perangkat keras komputer ini (Quick Sync, NVENC, AMF, VAAPI, Media Foundation) bila ada yang berfungsi; jika tidak, dipakai encoder perangkat lunak</translation>
    </message>
    <message>
        <source>A running Zoom, Microsoft Teams, Webex, GoTo Meeting, Jitsi Meet or Skype means a meeting is on</source>
        <translation>Zoom, Microsoft Teams, Webex, GoTo Meeting, Jitsi Meet, atau Skype yang sedang berjalan menandakan rapat sedang berlangsung</translation>
    </message>
    <message>
        <source>More process names that mean a meeting is on (e.g. obs64.exe)</source>
        <translation>Nama proses lain yang menandakan rapat sedang berlangsung (mis. obs64.exe)</translation>
    </message>
    <message>
        <source>Meeting calendar</source>
        <translation>Kalender rapat</translation>
    </message>
    <message>
        <source>Pause conversions before</source>
        <translation>Jeda konversi sebelum rapat</translation>
    </message>
    <message>
        <source>Run checklist before</source>
        <translation>Jalankan daftar periksa sebelum rapat</translation>
    </message>
    <message>
        <source>SOP items</source>
        <translation>Butir SOP</translation>
    </message>
    <message>
        <source>Room name shown to operators</source>
        <translation>Nama ruang yang ditampilkan kepada operator</translation>
    </message>
    <message>
        <source>Institution named at the top of the checklist report (e.g. the agency)</source>
        <translation>Instansi yang tertulis di kop laporan daftar periksa (mis. dinas)</translation>
    </message>
    <message>
        <source>Unit of the institution that runs the room, named under it</source>
        <translation>Unit kerja instansi yang mengelola ruangan ini, tertulis di bawahnya</translation>
    </message>
    <message>
        <source>Building and floor</source>
        <translation>Gedung dan lantai</translation>
    </message>
    <message>
        <source>Who runs this room (name or team)</source>
        <translation>Pengelola ruangan ini (nama orang atau tim)</translation>
    </message>
    <message>
        <source>IANA time zone of the room: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)</source>
        <translation>Zona waktu IANA ruangan ini: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)</translation>
    </message>
    <message>
        <source>Device index, device name, video file path or stream URL</source>
        <translation>Indeks perangkat, nama perangkat, path berkas video, atau URL stream</translation>
    </message>
    <message>
        <source>Give up opening after this</source>
        <translation>Berhenti mencoba membuka kamera setelah waktu ini</translation>
    </message>
    <message>
        <source>How long to measure fps for</source>
        <translation>Lama pengukuran fps</translation>
    </message>
    <message>
        <source>A missing camera skips instead of failing</source>
        <translation>Kamera yang tidak ada dilewati, bukan dianggap gagal</translation>
    </message>
    <message>
        <source>Device index or part of its name; empty for the system default</source>
        <translation>Indeks perangkat atau sebagian namanya; kosongkan untuk perangkat default sistem</translation>
    </message>
    <message>
        <source>Quieter than this is silence</source>
        <translation>Lebih pelan dari ini dianggap senyap</translation>
    </message>
    <message>
        <source>Share of clipped samples</source>
        <translation>Persentase sampel yang terpotong (clipping)</translation>
    </message>
    <message>
        <source>Folder the meeting recordings are written to</source>
        <translation>Folder tempat rekaman rapat disimpan</translation>
    </message>
    <message>
        <source>Used to tell how many hours of recording fit</source>
        <translation>Dipakai untuk menghitung berapa jam rekaman yang muat</translation>
    </message>
    <message>
        <source>Never written to logs</source>
        <translation>Tidak pernah ditulis ke log</translation>
    </message>
    <message>
        <source>Base URL of a LibreSpeed-compatible server (http or https)</source>
        <translation>URL dasar server yang kompatibel dengan LibreSpeed (http atau https)</translation>
    </message>
    <message>
        <source>host:port that must be reachable</source>
        <translation>host:port yang harus dapat dijangkau</translation>
    </message>
    <message>
        <source>Parallel transfer streams</source>
        <translation>Jumlah aliran transfer paralel</translation>
    </message>
    <message>
        <source>Where converted files go</source>
        <translation>Tempat berkas hasil konversi disimpan</translation>
    </message>
    <message>
        <source>iCalendar file path or http(s) URL</source>
        <translation>Path berkas iCalendar atau URL http(s)</translation>
    </message>
    <message>
        <source>Manual SOP items the operator ticks before a meeting</source>
        <translation>Butir SOP manual yang dicentang operator sebelum rapat</translation>
    </message>
    <message>
        <source>Kinds of meeting held in the room (lowercase names)</source>
        <translation>Jenis rapat yang diadakan di ruangan ini (nama dalam huruf kecil)</translation>
    </message>
    <message>
        <source>A recording appearing this long after a meeting ends still belongs to it</source>
        <translation>Rekaman yang muncul paling lama selama ini setelah rapat berakhir masih termasuk rapat tersebut</translation>
    </message>
    <message>
        <source>SOP items per meeting kind, shown after the room-wide checklist items</source>
        <translation>Butir SOP per jenis rapat, ditampilkan setelah butir daftar periksa ruangan ini</translation>
    </message>
    <message>
        <source>Meeting platform licences this room uses</source>
        <translation>Lisensi platform rapat yang digunakan ruangan ini</translation>
    </message>
    <message>
        <source>A licences file several rooms share (licences: and savings:), relative to this profile&apos;s folder</source>
        <translation>Berkas lisensi yang digunakan bersama oleh beberapa ruangan (licences: dan savings:), relatif terhadap folder profil ini</translation>
    </message>
    <message>
        <source>Travel a meeting held here saves, in whole rupiah (e.g. 15000000)</source>
        <translation>Biaya perjalanan yang dihemat setiap rapat di ruangan ini, dalam rupiah utuh (misalnya 15000000)</translation>
    </message>
    <message>
        <source>Meals saved per participant, in whole rupiah (e.g. 65000)</source>
        <translation>Biaya konsumsi yang dihemat per peserta, dalam rupiah utuh (misalnya 65000)</translation>
    </message>
    <message>
        <source>webinar: many attendees, few speak; webmeeting: everyone takes part</source>
        <translation>webinar: banyak peserta, sedikit yang berbicara; webmeeting: semua peserta ikut serta</translation>
    </message>
    <message>
        <source>Most participants the licence admits</source>
        <translation>Jumlah peserta terbanyak yang dapat ditampung lisensi ini</translation>
    </message>
    <message>
        <source>Host accounts the licence is used through (one meeting at a time each)</source>
        <translation>Akun host yang digunakan untuk lisensi ini (masing-masing hanya untuk satu rapat pada satu waktu)</translation>
    </message>
    <message>
        <source>Automatic (when this PC has one that works)</source>
        <translation>Otomatis (bila komputer ini memiliki yang berfungsi)</translation>
    </message>
    <message>
        <source>Off (software encoder only)</source>
        <translation>Mati (hanya encoder perangkat lunak)</translation>
    </message>
    <message>
        <source>Laptop battery</source>
        <translation>Baterai laptop</translation>
    </message>
    <message>
        <source>None (mains only)</source>
        <translation>Tidak ada (hanya listrik utama)</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Web meeting</source>
        <translation>Web meeting</translation>
    </message>
    <message>
        <source>s</source>
        <translation>detik</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>min</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Bawaan: %1</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2</source>
        <translation>Rentang: %1 sampai %2</translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation>Cari perangkat</translation>
    </message>
    <message>
        <source>Look again for the devices this computer has (they are not opened)</source>
        <translation>Cari lagi perangkat yang ada di komputer ini (perangkat tidak dibuka)</translation>
    </message>
    <message>
        <source>The list could not be made: %1</source>
        <translation>Daftar tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>Searching for devices…</source>
        <translation>Mencari perangkat…</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Tidak ada kamera</translation>
    </message>
    <message>
        <source>No camera found on this computer. You can still type an index, a device name, a video file or a stream URL.</source>
        <translation>Tidak ada kamera yang ditemukan di komputer ini. Anda tetap dapat mengetik indeks perangkat, nama perangkat, berkas video, atau alamat siaran (URL).</translation>
    </message>
    <message>
        <source>Cameras found: %1</source>
        <translation>Kamera ditemukan: %1</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(bawaan sistem)</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>Tidak ada mikrofon</translation>
    </message>
    <message>
        <source>No microphone found on this computer. Leave the field empty for the system default, or type a device name.</source>
        <translation>Tidak ada mikrofon yang ditemukan di komputer ini. Kosongkan isian untuk memakai perangkat bawaan sistem, atau ketik nama perangkat.</translation>
    </message>
    <message>
        <source>Microphones found: %1</source>
        <translation>Mikrofon ditemukan: %1</translation>
    </message>
    <message>
        <source>The sound system cannot be used (PortAudio is missing or would not start).</source>
        <translation>Sistem suara tidak dapat digunakan (PortAudio tidak ada atau gagal dijalankan).</translation>
    </message>
    <message>
        <source>The sound system did not answer in time. Try again later.</source>
        <translation>Sistem suara tidak menjawab tepat waktu. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>&amp;Add licence</source>
        <translation>&amp;Tambah lisensi</translation>
    </message>
    <message>
        <source>Remo&amp;ve licence</source>
        <translation>Hapus l&amp;isensi</translation>
    </message>
    <message>
        <source>Meeting kind</source>
        <translation>Jenis rapat</translation>
    </message>
    <message>
        <source>The meeting kind whose SOP items are shown below</source>
        <translation>Jenis rapat yang butir SOP-nya ditampilkan di bawah</translation>
    </message>
    <message>
        <source>One item per line, ticked before a meeting of this kind</source>
        <translation>Satu butir per baris, dicentang sebelum rapat jenis ini</translation>
    </message>
    <message>
        <source>Meeting &amp;kind:</source>
        <translation>&amp;Jenis rapat:</translation>
    </message>
    <message>
        <source>%1 (not a meeting kind)</source>
        <translation>%1 (bukan jenis rapat)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Telusu&amp;ri…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Pilih berkasnya</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Berkas YAML (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Item %1, %2: </source>
        <translation>Butir %1, %2: </translation>
    </message>
    <message>
        <source>Item %1: </source>
        <translation>Butir %1: </translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Masalah: %1</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Tidak ada masalah</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>invalid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>belum disimpan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Room &amp;profiles</source>
        <translation>&amp;Profil ruangan</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Bar&amp;u…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplikat…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Use for this r&amp;oom</source>
        <translation>&amp;Gunakan untuk ruangan ini</translation>
    </message>
    <message>
        <source>Make this saved profile the console&apos;s active room</source>
        <translation>Jadikan profil tersimpan ini sebagai ruang aktif di konsol</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Simpan perubahan pada %1?</translation>
    </message>
    <message>
        <source>The changes to %1 have problems and cannot be saved. Discard them?</source>
        <translation>Perubahan pada %1 bermasalah dan tidak dapat disimpan. Buang perubahan itu?</translation>
    </message>
    <message>
        <source>New room profile</source>
        <translation>Profil ruangan baru</translation>
    </message>
    <message>
        <source>Room name:</source>
        <translation>Nama ruang:</translation>
    </message>
    <message>
        <source>Duplicate room profile</source>
        <translation>Duplikat profil ruangan</translation>
    </message>
    <message>
        <source>Name of the new room:</source>
        <translation>Nama ruang baru:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>Delete room profile</source>
        <translation>Hapus profil ruangan</translation>
    </message>
    <message>
        <source>Delete the file %1? This cannot be undone.</source>
        <translation>Hapus berkas %1? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Diska</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Berkas %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali ke sebelumnya</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju ke berikutnya</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ubah ke tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ubah ke tampilan rinci</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah Samping</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat Terkini</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Pastikan nama berkasnya benar.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tidak untuk Se&amp;mua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin Lokasi &amp;Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>start the queue</source>
        <translation>memulai antrean</translation>
    </message>
    <message>
        <source>apply the room&apos;s conversion settings</source>
        <translation>menerapkan pengaturan konversi ruang</translation>
    </message>
    <message>
        <source>stop the queue</source>
        <translation>menghentikan antrean</translation>
    </message>
    <message>
        <source>read the queue</source>
        <translation>membaca antrean</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 sudah tidak ada.</translation>
    </message>
    <message>
        <source>The folder %1 holds no recordings (%2).</source>
        <translation>Folder %1 tidak berisi rekaman (%2).</translation>
    </message>
    <message>
        <source>add the recordings</source>
        <translation>menambahkan rekaman</translation>
    </message>
    <message>
        <source>pause job #%1</source>
        <translation>menjeda tugas #%1</translation>
    </message>
    <message>
        <source>resume job #%1</source>
        <translation>melanjutkan tugas #%1</translation>
    </message>
    <message>
        <source>cancel job #%1</source>
        <translation>membatalkan tugas #%1</translation>
    </message>
    <message>
        <source>retry job #%1</source>
        <translation>mengulang tugas #%1</translation>
    </message>
    <message>
        <source>remove job #%1</source>
        <translation>mengeluarkan tugas #%1 dari daftar</translation>
    </message>
    <message>
        <source>move job #%1</source>
        <translation>memindahkan tugas #%1</translation>
    </message>
    <message>
        <source>pause the queue</source>
        <translation>menjeda antrean</translation>
    </message>
    <message>
        <source>resume the queue</source>
        <translation>melanjutkan antrean</translation>
    </message>
    <message>
        <source>switch meeting mode</source>
        <translation>mengubah mode rapat</translation>
    </message>
    <message>
        <source>an internal error (%1); the log file has the details</source>
        <translation>kesalahan internal (%1); rinciannya ada di berkas log</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Tidak dapat %1: %2.</translation>
    </message>
</context>
<context>
    <name>ResultDetails</name>
    <message>
        <source>Select a check (click, or the arrow keys) to read all of it here.</source>
        <translation>Pilih satu pemeriksaan (klik, atau tombol panah) untuk membaca keterangan lengkapnya di sini.</translation>
    </message>
</context>
<context>
    <name>SecretEditor</name>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the password from the profile</source>
        <translation>Hapus kata sandi dari profil</translation>
    </message>
    <message>
        <source>A password is set; type to replace it</source>
        <translation>Kata sandi sudah diatur; ketik untuk menggantinya</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Tanpa kata sandi</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Show the console</source>
        <translation>&amp;Tampilkan konsol</translation>
    </message>
    <message>
        <source>&amp;Quit vcdesk</source>
        <translation>&amp;Keluar dari vcdesk</translation>
    </message>
</context>
<context>
    <name>_DeviceStream</name>
    <message>
        <source>The live view stopped because of an internal error.</source>
        <translation>Tampilan langsung berhenti karena kesalahan internal.</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <source>missing: {path} (meeting #{meeting})</source>
        <translation>hilang: {path} (rapat #{meeting})</translation>
    </message>
    <message>
        <source>changed: {path} (meeting #{meeting}): its SHA-256 is not the one recorded when it was archived</source>
        <translation>berubah: {path} (rapat #{meeting}): SHA-256-nya tidak sama dengan yang dicatat saat diarsipkan</translation>
    </message>
    <message>
        <source>sidecar missing: {sidecar} (beside {path}, meeting #{meeting})</source>
        <translation>berkas pendamping hilang: {sidecar} (di samping {path}, rapat #{meeting})</translation>
    </message>
    <message>
        <source>sidecar unreadable: {sidecar} (meeting #{meeting}) is not a sidecar</source>
        <translation>berkas pendamping tidak terbaca: {sidecar} (rapat #{meeting}) bukan berkas pendamping</translation>
    </message>
    <message>
        <source>sidecar not matching: {sidecar} (meeting #{meeting}) gives another SHA-256 than the one recorded</source>
        <translation>berkas pendamping tidak sesuai: {sidecar} (rapat #{meeting}) memuat SHA-256 yang berbeda dari yang dicatat</translation>
    </message>
    <message>
        <source>sidecar not matching: {sidecar} (meeting #{meeting}) gives another size than the one recorded</source>
        <translation>berkas pendamping tidak sesuai: {sidecar} (rapat #{meeting}) memuat ukuran yang berbeda dari yang dicatat</translation>
    </message>
    <message>
        <source>sidecar not matching: {sidecar} (meeting #{meeting}) names another file than {path}</source>
        <translation>berkas pendamping tidak sesuai: {sidecar} (rapat #{meeting}) menyebut berkas lain, bukan {path}</translation>
    </message>
    <message>
        <source>sidecar not matching: {sidecar} describes another meeting than #{meeting}</source>
        <translation>berkas pendamping tidak sesuai: {sidecar} menjelaskan rapat lain, bukan #{meeting}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>penggunaan: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>tampilkan nomor versi program lalu keluar</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (bawaan: %(default)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: galat: %(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s: peringatan: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh dipakai bersama argumen %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi ambigu: %(option)s dapat berarti %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opsi tidak terduga: %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumen eksplisit %r diabaikan</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>memerlukan satu argumen</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>memerlukan paling banyak satu argumen</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>memerlukan paling sedikit satu argumen</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>memerlukan %s argumen</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>memerlukan %s argumen</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak valid: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak valid: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>tidak dapat membuka &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>argumen &apos;%(argument_name)s&apos; sudah usang</translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>opsi &apos;%(option)s&apos; sudah usang</translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>perintah &apos;%(parser_name)s&apos; sudah usang</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prosesor</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memori</translation>
    </message>
    <message>
        <source>Recording disk</source>
        <translation>Disk rekaman</translation>
    </message>
    <message>
        <source>Power / UPS</source>
        <translation>Daya / UPS</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>min</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>s</source>
        <translation>detik</translation>
    </message>
    <message>
        <source>≥ {min_width}x{min_height}, ≥ {min_fps:g} fps, a live, sharp picture</source>
        <translation>≥ {min_width}x{min_height}, ≥ {min_fps:g} fps, gambar langsung dan tajam</translation>
    </message>
    <message>
        <source>≥ {min_level_dbfs:g} dBFS</source>
        <translation>≥ {min_level_dbfs:g} dBFS</translation>
    </message>
    <message>
        <source>≤ {max_percent:g} % busy</source>
        <translation>beban ≤ {max_percent:g} %</translation>
    </message>
    <message>
        <source>≥ {min_free_mb:,} MB free</source>
        <translation>tersedia ≥ {min_free_mb:,} MB</translation>
    </message>
    <message>
        <source>≥ {min_free_gb:g} GB free</source>
        <translation>sisa ≥ {min_free_gb:g} GB</translation>
    </message>
    <message>
        <source>≥ {min_charge_pct:g} % charge, ≥ {min_runtime_min:g} min of runtime</source>
        <translation>baterai ≥ {min_charge_pct:g} %, waktu cadangan ≥ {min_runtime_min:g} menit</translation>
    </message>
    <message>
        <source>≥ {min_download_mbps:g} Mbit/s down, ≥ {min_upload_mbps:g} Mbit/s up, ≤ {max_latency_ms:g} ms latency, ≤ {max_jitter_ms:g} ms jitter</source>
        <translation>unduh ≥ {min_download_mbps:g} Mbit/s, unggah ≥ {min_upload_mbps:g} Mbit/s, latensi ≤ {max_latency_ms:g} ms, jitter ≤ {max_jitter_ms:g} ms</translation>
    </message>
    <message>
        <source>≤ {capacity:,} participants, a free host account</source>
        <translation>≤ {capacity:,} peserta, satu akun host yang bebas</translation>
    </message>
    <message>
        <source>≥ {min_charge_pct:g} % charge, ≥ {needed_min:.0f} min of runtime (to the meeting&apos;s end + {min_runtime_min:g} min)</source>
        <translation>baterai ≥ {min_charge_pct:g} %, waktu cadangan ≥ {needed_min:.0f} menit (hingga rapat selesai + {min_runtime_min:g} menit)</translation>
    </message>
    <message>
        <source>The {check} check did not finish within {timeout_s:.0f} s: the device or the network is not answering. Check its connection and run the checklist again.</source>
        <translation>Pemeriksaan {check} tidak selesai dalam {timeout_s:.0f} detik: perangkat atau jaringan tidak merespons. Periksa sambungannya, lalu jalankan daftar periksa lagi.</translation>
    </message>
    <message>
        <source>The {check} check stopped on an internal error ({error}). Please report it with the log file.</source>
        <translation>Pemeriksaan {check} berhenti karena kesalahan internal ({error}). Laporkan masalah ini dengan melampirkan berkas log.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>{source} gives {width}x{height} at {fps_text} fps.</source>
        <translation>{source} memberikan gambar {width}x{height} pada {fps_text} fps.</translation>
    </message>
    <message>
        <source>{source} gives {width}x{height} at {fps_text} fps (the file&apos;s nominal rate).</source>
        <translation>{source} memberikan gambar {width}x{height} pada {fps_text} fps (laju nominal berkas).</translation>
    </message>
    <message>
        <source>{source} gives {fps_text} fps; this room needs {min_fps:g} fps: close other programs using the camera, add light (cameras slow down in the dark), or use a USB 3 port or a faster network.</source>
        <translation>{source} hanya memberikan {fps_text} fps; ruangan ini memerlukan {min_fps:g} fps. Tutup program lain yang memakai kamera, tambah pencahayaan (kamera melambat di tempat gelap), atau gunakan port USB 3 atau jaringan yang lebih cepat.</translation>
    </message>
    <message>
        <source>{source} runs at {fps_text} fps; this room needs {min_fps:g} fps.</source>
        <translation>{source} berjalan pada {fps_text} fps; ruangan ini memerlukan {min_fps:g} fps.</translation>
    </message>
    <message>
        <source>This room marks the camera optional, so it was skipped.</source>
        <translation>Kamera bersifat opsional di ruangan ini, jadi pemeriksaannya dilewati.</translation>
    </message>
    <message>
        <source>{source} gives {width}x{height}; this room needs {min_width}x{min_height}: check the cable, the port or the camera&apos;s settings.</source>
        <translation>{source} memberikan gambar {width}x{height}; ruangan ini memerlukan {min_width}x{min_height}. Periksa kabel, port, atau pengaturan kamera.</translation>
    </message>
    <message>
        <source>{source} gives a black picture (brightness at most {luma_max:g} of 255; {black_luma:g} or more expected): open the lens cover or privacy shutter, check the room&apos;s light and the camera&apos;s cable.</source>
        <translation>{source} memberikan gambar hitam (kecerahan paling tinggi {luma_max:g} dari 255; seharusnya {black_luma:g} atau lebih). Buka tutup lensa atau penutup privasi, lalu periksa pencahayaan ruangan dan kabel kamera.</translation>
    </message>
    <message>
        <source>{source} shows a frozen picture: {frames} frames over {sample_s:g} s were identical. The camera or its driver has stopped: unplug it and plug it in again, or restart the camera.</source>
        <translation>{source} menampilkan gambar beku: {frames} frame selama {sample_s:g} detik sama persis. Kamera atau driver-nya berhenti bekerja: cabut lalu colokkan kembali, atau nyalakan ulang kamera.</translation>
    </message>
    <message>
        <source>{source} gives a dark picture with no detail (brightness {luma:g} of 255, sharpness {sharpness:g}; {min_sharpness:g} or more expected): the lens may be covered or dirty. Uncover and clean it.</source>
        <translation>{source} memberikan gambar gelap tanpa detail (kecerahan {luma:g} dari 255, ketajaman {sharpness:g}; seharusnya {min_sharpness:g} atau lebih): lensa mungkin tertutup atau kotor. Buka penutupnya dan bersihkan lensa.</translation>
    </message>
    <message>
        <source>{source} gives a very blurred picture (sharpness {sharpness:g}; {min_sharpness:g} or more expected): focus the camera, clean the lens, or point it at the room.</source>
        <translation>{source} memberikan gambar yang sangat buram (ketajaman {sharpness:g}; seharusnya {min_sharpness:g} atau lebih). Atur fokus kamera, bersihkan lensa, atau arahkan kamera ke ruangan.</translation>
    </message>
    <message>
        <source>{source} was not found ({reason}). Connect the camera, or correct camera.source in the room profile. Cameras present: {available_list}.</source>
        <translation>{source} tidak ditemukan ({reason}). Sambungkan kamera, atau perbaiki camera.source di profil ruangan. Kamera yang terdeteksi: {available_list}.</translation>
    </message>
    <message>
        <source>{source} does not exist: correct camera.source in the room profile.</source>
        <translation>{source} tidak ada. Perbaiki camera.source di profil ruangan.</translation>
    </message>
    <message>
        <source>{source} cannot be reached ({reason}): check that the camera is on, its address and port, and the network.</source>
        <translation>{source} tidak dapat dijangkau ({reason}). Pastikan kamera menyala, lalu periksa alamat dan port-nya, serta jaringan.</translation>
    </message>
    <message>
        <source>{source} could not be opened ({reason}): check camera.source in the room profile and that the camera works in another program.</source>
        <translation>{source} tidak dapat dibuka ({reason}). Periksa camera.source di profil ruangan, dan pastikan kamera berfungsi di program lain.</translation>
    </message>
    <message>
        <source>{source} is there but gives no picture: another program (Zoom, Teams, OBS, a browser) is probably using it. Close that program and run the check again.</source>
        <translation>{source} terdeteksi tetapi tidak memberikan gambar: kemungkinan sedang dipakai program lain (Zoom, Teams, OBS, peramban). Tutup program itu, lalu jalankan pemeriksaan lagi.</translation>
    </message>
    <message>
        <source>{source} did not give a picture within {timeout_s:g} s: check the camera&apos;s power and its cable or network, then run the check again.</source>
        <translation>{source} tidak memberikan gambar dalam {timeout_s:g} detik. Periksa daya kamera dan kabel atau jaringannya, lalu jalankan pemeriksaan lagi.</translation>
    </message>
    <message>
        <source>The microphone {device} hears {rms_dbfs:.1f} dBFS (peak {peak_dbfs:.1f} dBFS) at {samplerate} Hz.</source>
        <translation>Mikrofon {device} menangkap {rms_dbfs:.1f} dBFS (puncak {peak_dbfs:.1f} dBFS) pada {samplerate} Hz.</translation>
    </message>
    <message>
        <source>The microphone {device} works ({rms_dbfs:.1f} dBFS) but records at {samplerate} Hz, not the {requested_samplerate} Hz this room asks for: set its sample rate in the computer&apos;s sound settings.</source>
        <translation>Mikrofon {device} berfungsi ({rms_dbfs:.1f} dBFS), tetapi merekam pada {samplerate} Hz, bukan {requested_samplerate} Hz seperti yang ditetapkan ruangan ini. Atur laju sampelnya di pengaturan suara komputer.</translation>
    </message>
    <message>
        <source>The microphone {device} hears nothing at all (every sample is zero); this room needs at least {min_level_dbfs:g} dBFS. Speak into the microphone: is it muted, or is it the wrong device?</source>
        <translation>Mikrofon {device} sama sekali tidak menangkap suara (semua sampel bernilai nol); ruangan ini memerlukan minimal {min_level_dbfs:g} dBFS. Bicaralah ke mikrofon: apakah mikrofon dibisukan (mute), atau perangkatnya salah?</translation>
    </message>
    <message>
        <source>The microphone {device} hears only {rms_dbfs:.1f} dBFS; this room needs at least {min_level_dbfs:g} dBFS. Speak into the microphone: is it muted, or is it the wrong device?</source>
        <translation>Mikrofon {device} hanya menangkap {rms_dbfs:.1f} dBFS; ruangan ini memerlukan minimal {min_level_dbfs:g} dBFS. Bicaralah ke mikrofon: apakah mikrofon dibisukan (mute), atau perangkatnya salah?</translation>
    </message>
    <message>
        <source>The microphone {device} is clipping: {clipping_pct:.1f} % of samples are at full scale (peak {peak_dbfs:.1f} dBFS); this room allows {max_clipping_pct:g} %. Turn the microphone&apos;s input gain down, or move it away from the loudspeakers.</source>
        <translation>Suara mikrofon {device} pecah (clipping): {clipping_pct:.1f} % sampel mencapai skala penuh (puncak {peak_dbfs:.1f} dBFS); batas ruangan ini {max_clipping_pct:g} %. Turunkan gain input mikrofon, atau jauhkan mikrofon dari pengeras suara.</translation>
    </message>
    <message>
        <source>This computer has no default microphone. Microphones on this computer: {available_list}. Plug the microphone in, or correct microphone.device in the room profile.</source>
        <translation>Komputer ini tidak memiliki mikrofon default. Mikrofon di komputer ini: {available_list}. Colokkan mikrofon, atau perbaiki microphone.device di profil ruangan.</translation>
    </message>
    <message>
        <source>No microphone matches “{spec}”. Microphones on this computer: {available_list}. Plug the microphone in, or correct microphone.device in the room profile.</source>
        <translation>Tidak ada mikrofon yang cocok dengan “{spec}”. Mikrofon di komputer ini: {available_list}. Colokkan mikrofon, atau perbaiki microphone.device di profil ruangan.</translation>
    </message>
    <message>
        <source>Device {spec} ({name}) is not a microphone: it has no inputs. Microphones on this computer: {available_list}. Correct microphone.device in the room profile.</source>
        <translation>Perangkat {spec} ({name}) bukan mikrofon: perangkat itu tidak memiliki input. Mikrofon di komputer ini: {available_list}. Perbaiki microphone.device di profil ruangan.</translation>
    </message>
    <message>
        <source>This computer has no microphone or other sound input at all: plug the microphone in, and check that the computer&apos;s sound system is running.</source>
        <translation>Komputer ini sama sekali tidak memiliki mikrofon atau input suara lain. Colokkan mikrofon, dan pastikan sistem suara komputer berjalan.</translation>
    </message>
    <message>
        <source>No microphone can be opened: the PortAudio sound library is missing or broken ({error}). Install it (Debian/Ubuntu: apt-get install libportaudio2) or reinstall vcdesk.</source>
        <translation>Mikrofon tidak dapat dibuka: pustaka suara PortAudio tidak ada atau rusak ({error}). Pasang pustaka itu (Debian/Ubuntu: apt-get install libportaudio2) atau pasang ulang vcdesk.</translation>
    </message>
    <message>
        <source>The microphone {device} cannot be opened ({error}). Close other programs that may be using it (another meeting app?), or unplug it and plug it in again.</source>
        <translation>Mikrofon {device} tidak dapat dibuka ({error}). Tutup program lain yang mungkin memakainya (aplikasi rapat lain?), atau cabut lalu colokkan kembali.</translation>
    </message>
    <message>
        <source>The computer&apos;s sound system did not answer within {timeout_s:g} s when asked for its devices: restart the sound system, or the computer.</source>
        <translation>Sistem suara komputer tidak merespons dalam {timeout_s:g} detik saat diminta daftar perangkatnya. Mulai ulang sistem suara, atau komputernya.</translation>
    </message>
    <message>
        <source>The microphone did not deliver its sound before the check&apos;s time limit: unplug it and plug it in again, or restart the computer&apos;s sound system.</source>
        <translation>Mikrofon tidak mengirimkan suara sebelum batas waktu pemeriksaan. Cabut lalu colokkan kembali, atau mulai ulang sistem suara komputer.</translation>
    </message>
    <message>
        <source>The microphone {device} did not deliver sound within {timeout_s:g} s: unplug it and plug it in again, or restart the computer&apos;s sound system.</source>
        <translation>Mikrofon {device} tidak mengirimkan suara dalam {timeout_s:g} detik. Cabut lalu colokkan kembali, atau mulai ulang sistem suara komputer.</translation>
    </message>
    <message>
        <source>This computer has no default microphone; the microphone is optional in this room, so it is not checked.</source>
        <translation>Komputer ini tidak memiliki mikrofon default; mikrofon bersifat opsional di ruangan ini, jadi tidak diperiksa.</translation>
    </message>
    <message>
        <source>No microphone matches “{spec}” (microphones on this computer: {available_list}); the microphone is optional in this room, so it is not checked.</source>
        <translation>Tidak ada mikrofon yang cocok dengan “{spec}” (mikrofon di komputer ini: {available_list}); mikrofon bersifat opsional di ruangan ini, jadi tidak diperiksa.</translation>
    </message>
    <message>
        <source>Device {spec} ({name}) is not a microphone; the microphone is optional in this room, so it is not checked.</source>
        <translation>Perangkat {spec} ({name}) bukan mikrofon; mikrofon bersifat opsional di ruangan ini, jadi tidak diperiksa.</translation>
    </message>
    <message>
        <source>This computer has no microphone or other sound input; the microphone is optional in this room, so it is not checked.</source>
        <translation>Komputer ini tidak memiliki mikrofon atau input suara lain; mikrofon bersifat opsional di ruangan ini, jadi tidak diperiksa.</translation>
    </message>
    <message>
        <source>No microphone found; it is optional in this room, so it is not checked.</source>
        <translation>Mikrofon tidak ditemukan; mikrofon bersifat opsional di ruangan ini, jadi tidak diperiksa.</translation>
    </message>
    <message>
        <source>The processor is {percent:.0f} % busy.</source>
        <translation>Beban prosesor {percent:.0f} %.</translation>
    </message>
    <message>
        <source>Programs competing with the meeting keep the processor {competing_percent:.0f} % busy; this room allows {max_percent:g} %. Busiest: {top_names}. Close what is not needed for the meeting. Another {background_percent:.0f} % is background work that yields to the meeting ({background_names}).</source>
        <translation>Program yang bersaing dengan rapat membuat beban prosesor {competing_percent:.0f} %; batas ruangan ini {max_percent:g} %. Pemakai terbesar: {top_names}. Tutup program yang tidak diperlukan untuk rapat. {background_percent:.0f} % lainnya adalah pekerjaan latar belakang yang mendahulukan rapat ({background_names}).</translation>
    </message>
    <message>
        <source>The processor is {percent:.0f} % busy; this room allows {max_percent:g} %. Busiest: {top_names}. Close what is not needed for the meeting.</source>
        <translation>Beban prosesor {percent:.0f} %; batas ruangan ini {max_percent:g} %. Pemakai terbesar: {top_names}. Tutup program yang tidak diperlukan untuk rapat.</translation>
    </message>
    <message>
        <source>The processor is {percent:.0f} % busy, {background_percent:.0f} % of it background work that yields to the meeting ({background_names}); programs competing with the meeting use {competing_percent:.0f} %, within the {max_percent:g} % this room allows.</source>
        <translation>Beban prosesor {percent:.0f} %, {background_percent:.0f} % di antaranya pekerjaan latar belakang yang mendahulukan rapat ({background_names}); program yang bersaing dengan rapat memakai {competing_percent:.0f} %, masih dalam batas {max_percent:g} % ruangan ini.</translation>
    </message>
    <message>
        <source>{free_mb:,} MB of memory is free.</source>
        <translation>Memori yang tersedia {free_mb:,} MB.</translation>
    </message>
    <message>
        <source>Only {free_mb:,} MB of memory is free; this room needs {min_free_mb:,} MB. Biggest: {top_names}. Close programs that are not needed for the meeting.</source>
        <translation>Memori yang tersedia hanya {free_mb:,} MB; ruangan ini memerlukan {min_free_mb:,} MB. Pemakai terbesar: {top_names}. Tutup program yang tidak diperlukan untuk rapat.</translation>
    </message>
    <message>
        <source>Only {free_mb:,} MB of memory is free; this room needs {min_free_mb:,} MB. Close programs that are not needed for the meeting.</source>
        <translation>Memori yang tersedia hanya {free_mb:,} MB; ruangan ini memerlukan {min_free_mb:,} MB. Tutup program yang tidak diperlukan untuk rapat.</translation>
    </message>
    <message>
        <source>{free_gb:.1f} GB free: {hours_left:.1f} h of recording at {bitrate_mbps:g} Mbit/s.</source>
        <translation>Sisa kapasitas {free_gb:.1f} GB: cukup untuk {hours_left:.1f} jam rekaman pada {bitrate_mbps:g} Mbit/s.</translation>
    </message>
    <message>
        <source>The drive of {folder} has {free_gb:.1f} GB free ({hours_left:.1f} h of recording at {bitrate_mbps:g} Mbit/s); this room needs {min_free_gb:g} GB. Move finished recordings to the archive.</source>
        <translation>Sisa kapasitas drive {folder} hanya {free_gb:.1f} GB ({hours_left:.1f} jam rekaman pada {bitrate_mbps:g} Mbit/s); ruangan ini memerlukan {min_free_gb:g} GB. Pindahkan rekaman yang sudah selesai ke arsip.</translation>
    </message>
    <message>
        <source>The recordings folder {folder} does not exist: create it, or correct disk.recordings_dir in the room profile.</source>
        <translation>Folder rekaman {folder} tidak ada. Buat folder itu, atau perbaiki disk.recordings_dir di profil ruangan.</translation>
    </message>
    <message>
        <source>Recordings cannot be written to {folder} ({error}): check the folder&apos;s permissions, and whether the drive is read-only.</source>
        <translation>Rekaman tidak dapat ditulis ke {folder} ({error}). Periksa izin akses folder, dan apakah drive-nya hanya-baca (read-only).</translation>
    </message>
    <message>
        <source>This room has no UPS configured (power.source is none).</source>
        <translation>Ruangan ini tidak memiliki UPS yang dikonfigurasi (power.source bernilai none).</translation>
    </message>
    <message>
        <source>This PC has no battery the system can read, so a power cut would switch it off: connect it to a UPS (and set power.source to nut), or use a laptop.</source>
        <translation>komputer ini tidak memiliki baterai yang terbaca oleh sistem, sehingga listrik padam akan mematikannya. Hubungkan PC ke UPS (dan atur power.source ke nut), atau gunakan laptop.</translation>
    </message>
    <message>
        <source>The PC is plugged in; battery at {charge_pct:.0f} %.</source>
        <translation>PC terhubung ke listrik; baterai {charge_pct:.0f} %.</translation>
    </message>
    <message>
        <source>The PC is plugged in but its battery is at {charge_pct:.0f} %; this room needs {min_charge_pct:g} %. A power cut now would leave little time: let it charge before the meeting, or go ahead knowing that.</source>
        <translation>PC terhubung ke listrik, tetapi baterainya {charge_pct:.0f} %; ruangan ini memerlukan {min_charge_pct:g} %. Jika listrik padam sekarang, waktunya tidak banyak: isi baterai dulu sebelum rapat, atau lanjutkan dengan menyadari risiko itu.</translation>
    </message>
    <message>
        <source>The PC runs on its battery ({charge_pct:.0f} %, about {runtime_min:.0f} min left): plug in the charger before the meeting.</source>
        <translation>PC berjalan dengan baterai ({charge_pct:.0f} %, sisa sekitar {runtime_min:.0f} menit). Colokkan pengisi daya sebelum rapat.</translation>
    </message>
    <message>
        <source>The PC runs on its battery ({charge_pct:.0f} %): plug in the charger before the meeting.</source>
        <translation>PC berjalan dengan baterai ({charge_pct:.0f} %). Colokkan pengisi daya sebelum rapat.</translation>
    </message>
    <message>
        <source>The system cannot tell whether the PC is plugged in; battery at {charge_pct:.0f} %, about {runtime_min:.0f} min left. Make sure the charger is connected.</source>
        <translation>Sistem tidak dapat mengetahui apakah PC terhubung ke listrik; baterai {charge_pct:.0f} %, sisa sekitar {runtime_min:.0f} menit. Pastikan pengisi daya tersambung.</translation>
    </message>
    <message>
        <source>The system cannot tell whether the PC is plugged in; battery at {charge_pct:.0f} %. Make sure the charger is connected.</source>
        <translation>Sistem tidak dapat mengetahui apakah PC terhubung ke listrik; baterai {charge_pct:.0f} %. Pastikan pengisi daya tersambung.</translation>
    </message>
    <message>
        <source>The PC runs on its battery at {charge_pct:.0f} %, about {runtime_min:.0f} min left; this room needs {min_charge_pct:g} %. Plug in the charger now.</source>
        <translation>PC berjalan dengan baterai {charge_pct:.0f} %, sisa sekitar {runtime_min:.0f} menit; ruangan ini memerlukan {min_charge_pct:g} %. Colokkan pengisi daya sekarang.</translation>
    </message>
    <message>
        <source>The PC runs on its battery at {charge_pct:.0f} %; this room needs {min_charge_pct:g} %. Plug in the charger now.</source>
        <translation>PC berjalan dengan baterai {charge_pct:.0f} %; ruangan ini memerlukan {min_charge_pct:g} %. Colokkan pengisi daya sekarang.</translation>
    </message>
    <message>
        <source>The PC runs on its battery with about {runtime_min:.0f} min left, but {meeting_name} runs until {meeting_until}: that needs {needed_min:.0f} min ({meeting_left_min:.0f} min to its end + this room&apos;s {min_runtime_min:g} min). Plug in the charger now.</source>
        <translation>PC berjalan dengan baterai, sisa sekitar {runtime_min:.0f} menit, padahal {meeting_name} berlangsung hingga {meeting_until}: diperlukan {needed_min:.0f} menit ({meeting_left_min:.0f} menit hingga rapat selesai + {min_runtime_min:g} menit untuk ruangan ini). Colokkan pengisi daya sekarang.</translation>
    </message>
    <message>
        <source>The PC runs on its battery with about {runtime_min:.0f} min left; this room needs {min_runtime_min:g} min. Plug in the charger now.</source>
        <translation>PC berjalan dengan baterai, sisa sekitar {runtime_min:.0f} menit; ruangan ini memerlukan {min_runtime_min:g} menit. Colokkan pengisi daya sekarang.</translation>
    </message>
    <message>
        <source>upsd on {address} refused the connection: is the NUT server running? (Debian: systemctl status nut-server) Also check power.nut.host and power.nut.port in the room profile, and the LISTEN line in upsd.conf.</source>
        <translation>upsd di {address} menolak sambungan: apakah server NUT berjalan? (Debian: systemctl status nut-server) Periksa juga power.nut.host dan power.nut.port di profil ruangan, serta baris LISTEN di upsd.conf.</translation>
    </message>
    <message>
        <source>The UPS server&apos;s name “{host}” cannot be resolved ({error}): correct power.nut.host in the room profile (an IP address works), or check this PC&apos;s DNS.</source>
        <translation>Alamat IP untuk nama server UPS “{host}” tidak dapat diperoleh ({error}). Perbaiki power.nut.host di profil ruangan (alamat IP juga bisa), atau periksa DNS komputer ini.</translation>
    </message>
    <message>
        <source>Cannot reach the UPS server at {address} ({error}): check the network cable, and power.nut.host in the room profile.</source>
        <translation>Server UPS di {address} tidak dapat dijangkau ({error}). Periksa kabel jaringan, dan power.nut.host di profil ruangan.</translation>
    </message>
    <message>
        <source>Looking up the UPS server&apos;s name “{host}” took more than {timeout_s:g} s: check this PC&apos;s DNS, or put the server&apos;s IP address in power.nut.host.</source>
        <translation>Pencarian nama server UPS “{host}” memakan waktu lebih dari {timeout_s:g} detik. Periksa DNS komputer ini, atau isi power.nut.host dengan alamat IP server.</translation>
    </message>
    <message>
        <source>The UPS server at {address} did not accept a connection within {timeout_s:g} s: check that it is switched on and that no firewall drops port {port}.</source>
        <translation>Server UPS di {address} tidak menerima sambungan dalam {timeout_s:g} detik. Pastikan server menyala dan tidak ada firewall yang memblokir port {port}.</translation>
    </message>
    <message>
        <source>upsd on {address} accepted the connection but did not answer within {timeout_s:g} s: check that port {port} really is upsd, and restart the NUT server (Debian: systemctl restart nut-server).</source>
        <translation>upsd di {address} menerima sambungan tetapi tidak menjawab dalam {timeout_s:g} detik. Pastikan port {port} memang milik upsd, lalu mulai ulang server NUT (Debian: systemctl restart nut-server).</translation>
    </message>
    <message>
        <source>upsd on {address} closed the connection before it answered: see upsd&apos;s log (Debian: journalctl -u nut-server); it may limit clients or be restarting.</source>
        <translation>upsd di {address} menutup sambungan sebelum menjawab. Lihat log upsd (Debian: journalctl -u nut-server); mungkin upsd membatasi jumlah klien atau sedang dimulai ulang.</translation>
    </message>
    <message>
        <source>Something on {address} answered, but not as a NUT server would: check that power.nut.host and power.nut.port point at upsd (port 3493 by default).</source>
        <translation>Ada layanan di {address} yang menjawab, tetapi bukan sebagai server NUT. Pastikan power.nut.host dan power.nut.port mengarah ke upsd (bawaannya port 3493).</translation>
    </message>
    <message>
        <source>upsd on {address} has no UPS named “{ups}” (it knows: {known_list}): correct power.nut.ups in the room profile to a name from ups.conf on the server.</source>
        <translation>upsd di {address} tidak mengenal UPS bernama “{ups}” (yang dikenal: {known_list}). Ubah power.nut.ups di profil ruangan menjadi salah satu nama dari ups.conf di server.</translation>
    </message>
    <message>
        <source>upsd on {address} refused user “{username}” for UPS “{ups}” (ACCESS-DENIED): the password is wrong, or the user lacks &apos;upsmon secondary&apos; in upsd.users. Correct power.nut.password in the room profile, or the user on the server.</source>
        <translation>upsd di {address} menolak pengguna “{username}” untuk UPS “{ups}” (ACCESS-DENIED): kata sandinya salah, atau pengguna itu tidak memiliki &apos;upsmon secondary&apos; di upsd.users. Perbaiki power.nut.password di profil ruangan, atau pengguna di server.</translation>
    </message>
    <message>
        <source>upsd on {address} refuses this PC access (ACCESS-DENIED): set power.nut.username and power.nut.password in the room profile to a user from upsd.users.</source>
        <translation>upsd di {address} menolak akses dari komputer ini (ACCESS-DENIED). Isi power.nut.username dan power.nut.password di profil ruangan dengan pengguna dari upsd.users.</translation>
    </message>
    <message>
        <source>upsd on {address} needs a password for this login (PASSWORD-REQUIRED): add power.nut.password to the room profile, or remove power.nut.username to read the UPS without logging in.</source>
        <translation>upsd di {address} memerlukan kata sandi untuk login ini (PASSWORD-REQUIRED). Tambahkan power.nut.password ke profil ruangan, atau hapus power.nut.username untuk membaca UPS tanpa login.</translation>
    </message>
    <message>
        <source>upsd on {address} needs a username for this login (USERNAME-REQUIRED): add power.nut.username to the room profile, or remove power.nut.password to read the UPS without logging in.</source>
        <translation>upsd di {address} memerlukan nama pengguna untuk login ini (USERNAME-REQUIRED). Tambahkan power.nut.username ke profil ruangan, atau hapus power.nut.password untuk membaca UPS tanpa login.</translation>
    </message>
    <message>
        <source>upsd on {address} rejected the password as malformed (INVALID-PASSWORD): check power.nut.username and power.nut.password in the room profile.</source>
        <translation>upsd di {address} menolak kata sandi karena formatnya tidak valid (INVALID-PASSWORD). Periksa power.nut.username dan power.nut.password di profil ruangan.</translation>
    </message>
    <message>
        <source>upsd on {address} rejected the username as malformed (INVALID-USERNAME): check power.nut.username and power.nut.password in the room profile.</source>
        <translation>upsd di {address} menolak nama pengguna karena formatnya tidak valid (INVALID-USERNAME). Periksa power.nut.username dan power.nut.password di profil ruangan.</translation>
    </message>
    <message>
        <source>upsd on {address} runs, but the driver for UPS “{ups}” is not connected to it (DRIVER-NOT-CONNECTED): check the UPS&apos;s USB or serial cable and start the driver (Debian: systemctl status nut-driver@{ups}; or upsdrvctl start {ups}).</source>
        <translation>upsd di {address} berjalan, tetapi driver untuk UPS “{ups}” tidak terhubung dengannya (DRIVER-NOT-CONNECTED). Periksa kabel USB atau serial UPS, lalu jalankan driver-nya (Debian: systemctl status nut-driver@{ups}; atau upsdrvctl start {ups}).</translation>
    </message>
    <message>
        <source>upsd on {address} has no fresh data from UPS “{ups}” (DATA-STALE): its driver runs but has lost contact with the UPS. Check the UPS&apos;s USB or serial cable, then restart the driver (Debian: systemctl restart nut-driver@{ups}).</source>
        <translation>upsd di {address} tidak mendapat data terbaru dari UPS “{ups}” (DATA-STALE): driver-nya berjalan tetapi kehilangan kontak dengan UPS. Periksa kabel USB atau serial UPS, lalu mulai ulang driver-nya (Debian: systemctl restart nut-driver@{ups}).</translation>
    </message>
    <message>
        <source>upsd on {address} answered {nut_error} for UPS “{ups}”: see upsd&apos;s log (Debian: journalctl -u nut-server).</source>
        <translation>upsd di {address} menjawab {nut_error} untuk UPS “{ups}”. Lihat log upsd (Debian: journalctl -u nut-server).</translation>
    </message>
    <message>
        <source>upsd on {address} answered with an error for UPS “{ups}”: see upsd&apos;s log (Debian: journalctl -u nut-server).</source>
        <translation>upsd di {address} menjawab dengan kesalahan untuk UPS “{ups}”. Lihat log upsd (Debian: journalctl -u nut-server).</translation>
    </message>
    <message>
        <source>The UPS {ups_name} is on mains power ({reading}), enough for {meeting_name} until {meeting_until} ({needed_min:.0f} min needed).</source>
        <translation>UPS {ups_name} memakai listrik utama ({reading}), cukup untuk {meeting_name} hingga {meeting_until} (diperlukan {needed_min:.0f} menit).</translation>
    </message>
    <message>
        <source>The UPS {ups_name} is on mains power ({reading}).</source>
        <translation>UPS {ups_name} memakai listrik utama ({reading}).</translation>
    </message>
    <message>
        <source>The UPS {ups_name} is on mains power.</source>
        <translation>UPS {ups_name} memakai listrik utama.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} reports: {attention_words} (status {shown}). Have it looked at.</source>
        <translation>UPS {ups_name} melaporkan: {attention_words} (status {shown}). Minta teknisi memeriksa UPS ini.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} reports neither mains nor battery power (status {shown}): its driver is still starting. Run the check again in a few seconds.</source>
        <translation>UPS {ups_name} tidak melaporkan listrik utama maupun baterai (status {shown}): driver-nya masih dimulai. Ulangi pemeriksaan beberapa detik lagi.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} reports neither mains nor battery power (status {shown}): check the driver&apos;s log and the UPS&apos;s cable.</source>
        <translation>UPS {ups_name} tidak melaporkan listrik utama maupun baterai (status {shown}). Periksa log driver dan kabel UPS.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} is on mains power and charging, but its battery is at {charge_pct:g} %; this room needs {min_charge_pct:g} %. A power cut now would be covered for a shorter time: wait for it to charge, or go ahead knowing that.</source>
        <translation>UPS {ups_name} memakai listrik utama dan sedang mengisi, tetapi baterainya {charge_pct:g} %; ruangan ini memerlukan {min_charge_pct:g} %. Jika listrik padam sekarang, waktu cadangannya lebih singkat: tunggu baterai terisi, atau lanjutkan dengan menyadari risiko itu.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} runs on battery {facts}: mains power is out. At this load it lasts through {meeting_name} until {meeting_until}: check the power supply to the UPS.</source>
        <translation>UPS {ups_name} berjalan dengan baterai {facts}: listrik utama padam. Dengan beban saat ini, baterai cukup untuk {meeting_name} hingga {meeting_until}. Periksa pasokan listrik ke UPS.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} runs on battery {facts}: mains power is out. The meeting will stop when the battery runs down: check the power supply to the UPS.</source>
        <translation>UPS {ups_name} berjalan dengan baterai {facts}: listrik utama padam. Rapat akan terhenti saat baterai habis. Periksa pasokan listrik ke UPS.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} battery is at {charge_pct:g} %; this room needs {min_charge_pct:g} % (status {shown}): restore mains power to the UPS.</source>
        <translation>Baterai UPS {ups_name} tinggal {charge_pct:g} %; ruangan ini memerlukan {min_charge_pct:g} % (status {shown}). Pulihkan listrik utama ke UPS.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} battery is at {charge_pct:g} %; this room needs {min_charge_pct:g} % (status {shown}), and it is not charging: check the UPS and its battery.</source>
        <translation>Baterai UPS {ups_name} tinggal {charge_pct:g} %; ruangan ini memerlukan {min_charge_pct:g} % (status {shown}), dan baterai tidak sedang diisi. Periksa UPS dan baterainya.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} runs on battery with about {runtime_min:.0f} min left (status {shown}), but {meeting_name} runs until {meeting_until}: that needs {needed_min:.0f} min ({meeting_left_min:.0f} min to its end + this room&apos;s {min_runtime_min:g} min). Restore mains power to the UPS, or unplug equipment the meeting does not need.</source>
        <translation>UPS {ups_name} berjalan dengan baterai, sisa sekitar {runtime_min:.0f} menit (status {shown}), padahal {meeting_name} berlangsung hingga {meeting_until}: diperlukan {needed_min:.0f} menit ({meeting_left_min:.0f} menit hingga rapat selesai + {min_runtime_min:g} menit untuk ruangan ini). Pulihkan listrik utama ke UPS, atau cabut peralatan yang tidak diperlukan untuk rapat.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} would last about {runtime_min:.0f} min on battery (status {shown}), but {meeting_name} runs until {meeting_until}: a power cut now would need {needed_min:.0f} min ({meeting_left_min:.0f} min to its end + this room&apos;s {min_runtime_min:g} min). Unplug equipment the meeting does not need, let the UPS charge if it is charging, or have other power ready (a generator, a larger UPS).</source>
        <translation>UPS {ups_name} hanya dapat bertahan sekitar {runtime_min:.0f} menit dengan baterai (status {shown}), padahal {meeting_name} berlangsung hingga {meeting_until}: jika listrik padam sekarang, diperlukan {needed_min:.0f} menit ({meeting_left_min:.0f} menit hingga rapat selesai + {min_runtime_min:g} menit untuk ruangan ini). Cabut peralatan yang tidak diperlukan untuk rapat, biarkan UPS terisi jika sedang mengisi, atau siapkan sumber listrik lain (genset, UPS yang lebih besar).</translation>
    </message>
    <message>
        <source>The room&apos;s calendar could not be read, so this was judged without its meetings: {schedule_problem}.</source>
        <translation>Kalender ruangan tidak dapat dibaca, sehingga penilaian ini tidak memperhitungkan rapatnya: {schedule_problem}.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} would last about {runtime_min:.0f} min on battery; this room needs {min_runtime_min:g} min (status {shown}): restore mains power to the UPS, or unplug equipment the meeting does not need.</source>
        <translation>UPS {ups_name} hanya dapat bertahan sekitar {runtime_min:.0f} menit dengan baterai; ruangan ini memerlukan {min_runtime_min:g} menit (status {shown}). Pulihkan listrik utama ke UPS, atau cabut peralatan yang tidak diperlukan untuk rapat.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} would last about {runtime_min:.0f} min on battery; this room needs {min_runtime_min:g} min (status {shown}): let it charge, replace its battery if it stays low, or unplug equipment the meeting does not need.</source>
        <translation>UPS {ups_name} hanya dapat bertahan sekitar {runtime_min:.0f} menit dengan baterai; ruangan ini memerlukan {min_runtime_min:g} menit (status {shown}). Biarkan baterai terisi, ganti baterainya jika tetap rendah, atau cabut peralatan yang tidak diperlukan untuk rapat.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} has its output switched off (status {shown}): the room is not protected. Switch the UPS output on.</source>
        <translation>Output UPS {ups_name} dimatikan (status {shown}): ruangan tidak terlindungi. Nyalakan output UPS.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} reports a low battery {facts}: it may switch off at any moment. Restore mains power to the UPS and let it charge.</source>
        <translation>UPS {ups_name} melaporkan baterai lemah {facts}: UPS dapat mati sewaktu-waktu. Pulihkan listrik utama ke UPS dan biarkan baterainya terisi.</translation>
    </message>
    <message>
        <source>The UPS {ups_name} is in forced shutdown {facts}: it will cut the power. Restore mains power and restart the UPS before the meeting.</source>
        <translation>UPS {ups_name} sedang dalam pemadaman paksa (forced shutdown) {facts}: UPS akan memutus listrik. Pulihkan listrik utama dan nyalakan ulang UPS sebelum rapat.</translation>
    </message>
    <message>
        <source>Nothing to test: the room profile names no speed test server (network.speedtest_url) and no hosts (network.hosts).</source>
        <translation>Tidak ada yang diuji: profil ruangan tidak menyebutkan server uji kecepatan (network.speedtest_url) maupun host (network.hosts).</translation>
    </message>
    <message>
        <source>The network test ran out of time: the network or the server is answering too slowly. Check the connection and run the checklist again.</source>
        <translation>Uji jaringan kehabisan waktu: jaringan atau server menjawab terlalu lambat. Periksa sambungan, lalu jalankan daftar periksa lagi.</translation>
    </message>
    <message>
        <source>The speed test address {url} is not usable ({error}): correct network.speedtest_url in the room profile.</source>
        <translation>Alamat uji kecepatan {url} tidak dapat dipakai ({error}). Perbaiki network.speedtest_url di profil ruangan.</translation>
    </message>
    <message>
        <source>Host {host} (port {port}) cannot be found: its name does not resolve ({error}). Check the name in network.hosts and this PC&apos;s DNS settings.</source>
        <translation>Host {host} (port {port}) tidak dapat ditemukan: alamat IP untuk nama host tersebut tidak dapat diperoleh ({error}). Periksa nama di network.hosts dan pengaturan DNS komputer ini.</translation>
    </message>
    <message>
        <source>Host {name} refused the connection: nothing is listening on port {port} there. Check that the service is running and that the port in network.hosts is right.</source>
        <translation>Host {name} menolak sambungan: tidak ada layanan yang menunggu sambungan di port {port}. Pastikan layanannya berjalan dan nomor port di network.hosts sudah benar.</translation>
    </message>
    <message>
        <source>Host {name} cannot be reached ({error}). Check the cable or Wi-Fi, the firewall, and the address in network.hosts.</source>
        <translation>Host {name} tidak dapat dijangkau ({error}). Periksa kabel atau Wi-Fi, firewall, dan alamat di network.hosts.</translation>
    </message>
    <message>
        <source>Latency to {name} is {latency_ms:.0f} ms; this room allows at most {max_latency_ms:g} ms. Check the connection, or other traffic on it.</source>
        <translation>Latensi ke {name} {latency_ms:.0f} ms; ruangan ini mengizinkan paling tinggi {max_latency_ms:g} ms. Periksa sambungan, atau lalu lintas data lain di jaringan tersebut.</translation>
    </message>
    <message>
        <source>Jitter to {name} is {jitter_ms:.1f} ms; this room allows at most {max_jitter_ms:g} ms. The connection is unsteady: check the Wi-Fi or other traffic.</source>
        <translation>Jitter ke {name} {jitter_ms:.1f} ms; ruangan ini mengizinkan paling tinggi {max_jitter_ms:g} ms. Sambungan tidak stabil: periksa Wi-Fi atau lalu lintas data lain.</translation>
    </message>
    <message>
        <source>The speed test server {host} cannot be found: its name does not resolve ({error}). Check network.speedtest_url and this PC&apos;s DNS settings.</source>
        <translation>Server uji kecepatan {host} tidak dapat ditemukan: alamat IP untuk nama host tersebut tidak dapat diperoleh ({error}). Periksa network.speedtest_url dan pengaturan DNS komputer ini.</translation>
    </message>
    <message>
        <source>The speed test server at {where} refused the connection: is the speed test service running there, and is the address in network.speedtest_url right?</source>
        <translation>Server uji kecepatan di {where} menolak sambungan: apakah layanan uji kecepatan berjalan di sana, dan apakah alamat di network.speedtest_url sudah benar?</translation>
    </message>
    <message>
        <source>The speed test server at {where} could not be reached during {during} ({error}). Check the cable or Wi-Fi, the firewall, and network.speedtest_url.</source>
        <translation>Server uji kecepatan di {where} tidak dapat dijangkau saat {during} ({error}). Periksa kabel atau Wi-Fi, firewall, dan network.speedtest_url.</translation>
    </message>
    <message>
        <source>The speed test server at {where} stopped answering during {during} ({error}). Check the cable or Wi-Fi, the firewall, and whether the server is overloaded.</source>
        <translation>Server uji kecepatan di {where} berhenti menjawab saat {during} ({error}). Periksa kabel atau Wi-Fi, firewall, dan apakah server sedang kelebihan beban.</translation>
    </message>
    <message>
        <source>The speed test server answered {error} during {during}: check that network.speedtest_url points to a working LibreSpeed server.</source>
        <translation>Server uji kecepatan menjawab {error} saat {during}. Pastikan network.speedtest_url mengarah ke server LibreSpeed yang berfungsi.</translation>
    </message>
    <message>
        <source>The connection to the speed test server was cut during {during} ({error}): the server, or a firewall or proxy on the way, dropped it. Run the check again; if it happens again, check the firewall and the server.</source>
        <translation>Sambungan ke server uji kecepatan terputus saat {during} ({error}): server, atau firewall atau proxy di jalurnya, memutus sambungan tersebut. Jalankan pemeriksaan lagi; jika terulang, periksa firewall dan server.</translation>
    </message>
    <message>
        <source>The speed test server&apos;s answer could not be used during {during} ({error}): check network.speedtest_url.</source>
        <translation>Jawaban server uji kecepatan tidak dapat digunakan saat {during} ({error}). Periksa network.speedtest_url.</translation>
    </message>
    <message>
        <source>Download is {download_mbps:.1f} Mbit/s; this room needs {min_download_mbps:g} Mbit/s. Check what else is using the connection, or ask the provider about the line.</source>
        <translation>Kecepatan unduh {download_mbps:.1f} Mbit/s; ruangan ini memerlukan {min_download_mbps:g} Mbit/s. Periksa apa lagi yang sedang memakai sambungan, atau tanyakan kondisi jalur ke penyedia layanan internet.</translation>
    </message>
    <message>
        <source>Upload is {upload_mbps:.1f} Mbit/s; this room needs {min_upload_mbps:g} Mbit/s: others will see a poor picture. Check what else is uploading, or ask the provider.</source>
        <translation>Kecepatan unggah {upload_mbps:.1f} Mbit/s; ruangan ini memerlukan {min_upload_mbps:g} Mbit/s: peserta lain akan melihat gambar yang buruk. Periksa apa lagi yang sedang mengunggah, atau tanyakan ke penyedia layanan internet.</translation>
    </message>
    <message>
        <source>Latency to the speed test server is {latency_ms:.0f} ms; this room allows at most {max_latency_ms:g} ms: speech will lag. Check the connection and its route.</source>
        <translation>Latensi ke server uji kecepatan {latency_ms:.0f} ms; ruangan ini mengizinkan paling tinggi {max_latency_ms:g} ms: suara pembicara akan terlambat sampai. Periksa sambungan dan rutenya.</translation>
    </message>
    <message>
        <source>Jitter is {jitter_ms:.1f} ms; this room allows at most {max_jitter_ms:g} ms: sound will break up. Prefer a cable to Wi-Fi, and check other traffic.</source>
        <translation>Jitter {jitter_ms:.1f} ms; ruangan ini mengizinkan paling tinggi {max_jitter_ms:g} ms: suara akan terputus-putus. Utamakan kabel daripada Wi-Fi, dan periksa lalu lintas data lain.</translation>
    </message>
    <message>
        <source>{meeting_name} uses {licence}: {participants:,} participants within its capacity of {capacity:,}, and a host account is free.</source>
        <translation>{meeting_name} memakai {licence}: {participants:,} peserta, masih dalam kapasitasnya {capacity:,}, dan ada akun host yang bebas.</translation>
    </message>
    <message>
        <source>{meeting_name} uses {licence} (capacity {capacity:,}), and a host account is free. Enter the expected participants on its record to check the capacity too.</source>
        <translation>{meeting_name} memakai {licence} (kapasitas {capacity:,}), dan ada akun host yang bebas. Isi perkiraan jumlah peserta pada catatan rapatnya agar kapasitasnya juga diperiksa.</translation>
    </message>
    <message>
        <source>{meeting_name}: {flags_text}. Change the licence or the time on its record, or arrange a host account with the licence&apos;s admin.</source>
        <translation>{meeting_name}: {flags_text}. Ubah lisensi atau waktu pada catatan rapatnya, atau atur akun host bersama admin lisensi tersebut.</translation>
    </message>
    <message>
        <source>No meeting is on now or starts within the hour: no licence to check.</source>
        <translation>Tidak ada rapat yang sedang berlangsung atau dimulai dalam satu jam ini: tidak ada lisensi yang perlu diperiksa.</translation>
    </message>
    <message>
        <source>{meeting_name} has no meeting record, so its licence is not known.</source>
        <translation>{meeting_name} tidak memiliki catatan rapat, sehingga lisensinya tidak diketahui.</translation>
    </message>
    <message>
        <source>{meeting_name} names no licence: set one on its record (Meetings page, or vcdesk meeting set) to check its capacity and host account.</source>
        <translation>{meeting_name} tidak mencantumkan lisensi: tetapkan lisensinya pada catatan rapat (halaman Rapat, atau vcdesk meeting set) agar kapasitas dan akun host-nya diperiksa.</translation>
    </message>
    <message>
        <source>This room profile lists no licences (licences or licences_file).</source>
        <translation>Profil ruangan ini tidak mencantumkan lisensi (licences atau licences_file).</translation>
    </message>
    <message>
        <source>The meeting records could not be read ({error}), so the licence of {meeting_name} was not checked.</source>
        <translation>Catatan rapat tidak dapat dibaca ({error}), sehingga lisensi {meeting_name} tidak diperiksa.</translation>
    </message>
    <message>
        <source>the battery needs replacing</source>
        <translation>baterainya perlu diganti</translation>
    </message>
    <message>
        <source>it is on bypass, so the battery does not protect the load</source>
        <translation>UPS dalam mode bypass, sehingga baterai tidak melindungi beban</translation>
    </message>
    <message>
        <source>it is overloaded</source>
        <translation>UPS kelebihan beban</translation>
    </message>
    <message>
        <source>it is calibrating its battery</source>
        <translation>UPS sedang mengkalibrasi baterainya</translation>
    </message>
    <message>
        <source>it raises an alarm</source>
        <translation>UPS mengeluarkan alarm</translation>
    </message>
    <message>
        <source>it is not communicating with its driver</source>
        <translation>UPS tidak berkomunikasi dengan driver-nya</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>menyambung</translation>
    </message>
    <message>
        <source>the ping test</source>
        <translation>uji ping</translation>
    </message>
    <message>
        <source>the download test</source>
        <translation>uji unduh</translation>
    </message>
    <message>
        <source>the upload test</source>
        <translation>uji unggah</translation>
    </message>
    <message>
        <source>Download {download_mbps:.1f} Mbit/s, upload {upload_mbps:.1f} Mbit/s, latency {latency_ms:.1f} ms, jitter {jitter_ms:.1f} ms ({streams} streams).</source>
        <translation>Unduh {download_mbps:.1f} Mbit/s, unggah {upload_mbps:.1f} Mbit/s, latensi {latency_ms:.1f} ms, jitter {jitter_ms:.1f} ms ({streams} aliran).</translation>
    </message>
    <message>
        <source>Reachable: {hosts_list}.</source>
        <translation>Dapat dijangkau: {hosts_list}.</translation>
    </message>
    <message>
        <source>no answer within {wait_s:.1f} s</source>
        <translation>tidak ada jawaban dalam {wait_s:.1f} detik</translation>
    </message>
    <message>
        <source>no answer from the name server within {wait_s:.1f} s</source>
        <translation>server DNS tidak menjawab dalam {wait_s:.1f} detik</translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation>nama tersebut tidak memiliki alamat IP</translation>
    </message>
    <message>
        <source>the server closed the connection mid-transfer</source>
        <translation>server menutup sambungan di tengah pengiriman data</translation>
    </message>
    <message>
        <source>too little time was left to measure</source>
        <translation>waktu yang tersisa terlalu singkat untuk mengukur</translation>
    </message>
    <message>
        <source>the server sent nothing for {wait_s:.1f} s</source>
        <translation>server tidak mengirim data apa pun selama {wait_s:.1f} detik</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>tidak ada jawaban tepat waktu</translation>
    </message>
    <message>
        <source>not an http:// or https:// address</source>
        <translation>bukan alamat http:// atau https://</translation>
    </message>
    <message>
        <source>its port number is not valid</source>
        <translation>nomor port-nya tidak valid</translation>
    </message>
    <message>
        <source>it cannot be read as an address</source>
        <translation>tidak dapat dibaca sebagai alamat</translation>
    </message>
    <message>
        <source>Download {download_mbps:.1f} Mbit/s, upload {upload_mbps:.1f} Mbit/s, latency {latency_ms:.1f} ms, jitter {jitter_ms:.1f} ms ({streams} streams). Reachable: {hosts_list}.</source>
        <translation>Unduh {download_mbps:.1f} Mbit/s, unggah {upload_mbps:.1f} Mbit/s, latensi {latency_ms:.1f} ms, jitter {jitter_ms:.1f} ms ({streams} aliran). Dapat dijangkau: {hosts_list}.</translation>
    </message>
    <message>
        <source>Camera stream {x}</source>
        <translation>Aliran video kamera {x}</translation>
    </message>
    <message>
        <source>Video file {x}</source>
        <translation>Berkas video {x}</translation>
    </message>
    <message>
        <source>Camera {x}</source>
        <translation>Kamera {x}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>tidak ada kamera dengan nama itu</translation>
    </message>
    <message>
        <source>no such device</source>
        <translation>perangkat tidak ada</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>izin akses ditolak</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>perangkat sedang dipakai</translation>
    </message>
    <message>
        <source>no frames</source>
        <translation>tidak ada gambar</translation>
    </message>
    <message>
        <source>not a readable video</source>
        <translation>bukan video yang dapat dibaca</translation>
    </message>
    <message>
        <source>no video at that address</source>
        <translation>tidak ada video di alamat itu</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tidak ada jawaban</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>koneksi ditolak</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host tidak ditemukan</translation>
    </message>
    <message>
        <source>invalid port</source>
        <translation>port tidak valid</translation>
    </message>
    <message>
        <source>no host in the URL</source>
        <translation>URL tidak menyebutkan host</translation>
    </message>
    <message>
        <source>battery {charge_pct:g} %</source>
        <translation>baterai {charge_pct:g} %</translation>
    </message>
    <message>
        <source>about {runtime_min:.0f} min of runtime</source>
        <translation>waktu cadangan sekitar {runtime_min:.0f} menit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>status {shown}</source>
        <translation>status {shown}</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>rapat</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>run the pre-meeting checklist for a room</source>
        <translation>jalankan daftar periksa sebelum rapat untuk sebuah ruangan</translation>
    </message>
    <message>
        <source>Run the pre-meeting checklist for a room and store the run in the history. Exit 0: GO; 1: NO-GO; 2: bad input.</source>
        <translation>Jalankan daftar periksa sebelum rapat untuk sebuah ruangan dan simpan hasilnya di riwayat. Kode keluar 0: SIAP; 1: TIDAK SIAP; 2: masukan salah.</translation>
    </message>
    <message>
        <source>expected HOST:PORT (port 0 to 65535), found {text!r}</source>
        <translation>diharapkan HOST:PORT (port 0 sampai 65535), ditemukan {text!r}</translation>
    </message>
    <message>
        <source>run the room without a window, with its metrics</source>
        <translation>jalankan ruangan tanpa jendela, beserta metriknya</translation>
    </message>
    <message>
        <source>Run the room without a window, as a service: the conversion queue, the schedule&apos;s holds, watch folders, the pre-meeting checklist, and the room&apos;s metrics for Prometheus. SIGTERM or Ctrl+C stops it; a running conversion resumes at the next start.</source>
        <translation>Jalankan ruangan tanpa jendela, sebagai layanan: antrean konversi, penahanan menurut jadwal, folder pantauan, daftar periksa sebelum rapat, dan metrik ruangan untuk Prometheus. SIGTERM atau Ctrl+C menghentikannya; konversi yang sedang berjalan dilanjutkan pada awal berikutnya.</translation>
    </message>
    <message>
        <source>the room profile (YAML)</source>
        <translation>profil ruangan (YAML)</translation>
    </message>
    <message>
        <source>where Prometheus reads the metrics (default: 127.0.0.1:9847)</source>
        <translation>alamat tempat Prometheus membaca metrik (bawaan: 127.0.0.1:9847)</translation>
    </message>
    <message>
        <source>no checklist when the agent starts</source>
        <translation>tanpa daftar periksa saat agen dimulai</translation>
    </message>
    <message>
        <source>cannot serve the metrics on {address}: {reason}</source>
        <translation>metrik tidak dapat disajikan di {address}: {reason}</translation>
    </message>
    <message>
        <source>{room}: the agent runs; metrics on http://{address}/metrics. Ctrl+C stops it.</source>
        <translation>{room}: agen berjalan; metrik di http://{address}/metrics. Tekan Ctrl+C untuk menghentikan.</translation>
    </message>
    <message>
        <source>{room}: the agent stopped.</source>
        <translation>{room}: agen berhenti.</translation>
    </message>
    <message>
        <source>the archive of meeting recordings</source>
        <translation>arsip rekaman rapat</translation>
    </message>
    <message>
        <source>The archive of meeting recordings: each converted recording of a meeting, named after it, with a sidecar holding the meeting&apos;s record and the file&apos;s SHA-256.</source>
        <translation>Arsip rekaman rapat: setiap rekaman rapat yang telah dikonversi, dinamai menurut rapatnya, disertai berkas pendamping (sidecar) yang memuat catatan rapat dan SHA-256 berkas tersebut.</translation>
    </message>
    <message>
        <source>check that every archived recording is still there and unchanged, and that its sidecar matches it (exit 1 if not)</source>
        <translation>periksa bahwa setiap rekaman yang diarsipkan masih ada dan tidak berubah, serta berkas pendampingnya sesuai (keluar dengan kode 1 jika tidak)</translation>
    </message>
    <message>
        <source>only this room&apos;s recordings (default: every room&apos;s)</source>
        <translation>hanya rekaman ruangan ini (bawaan: rekaman semua ruangan)</translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation>cetak sebagai objek JSON</translation>
    </message>
    <message>
        <source>No archived recordings to check.</source>
        <translation>Tidak ada rekaman arsip yang perlu diperiksa.</translation>
    </message>
    <message>
        <source>{count} archived recordings checked ({size}): all good.</source>
        <translation>{count} rekaman arsip diperiksa ({size}): semuanya baik.</translation>
    </message>
    <message>
        <source>{count} archived recordings checked ({size}); problems found: {problems}.</source>
        <translation>{count} rekaman arsip diperiksa ({size}); masalah yang ditemukan: {problems}.</translation>
    </message>
    <message>
        <source>Checking {done}/{total} recordings: {percent}%</source>
        <translation>Memeriksa {done}/{total} rekaman: {percent}%</translation>
    </message>
    <message>
        <source>run only these checks, comma-separated (%(checks)s)</source>
        <translation>jalankan hanya pemeriksaan ini, dipisahkan koma (%(checks)s)</translation>
    </message>
    <message>
        <source>who runs the checklist (default: the profile&apos;s)</source>
        <translation>siapa yang menjalankan daftar periksa (bawaan: operator di profil)</translation>
    </message>
    <message>
        <source>list past checklist runs</source>
        <translation>tampilkan daftar periksa yang pernah dijalankan</translation>
    </message>
    <message>
        <source>List past checklist runs, newest first, in each room&apos;s time zone.</source>
        <translation>Tampilkan daftar periksa yang pernah dijalankan, mulai dari yang terbaru, dalam zona waktu masing-masing ruangan.</translation>
    </message>
    <message>
        <source>print a JSON list</source>
        <translation>cetak sebagai daftar JSON</translation>
    </message>
    <message>
        <source>show at most N runs (default: %(default)s)</source>
        <translation>tampilkan paling banyak N hasil (bawaan: %(default)s)</translation>
    </message>
    <message>
        <source>only this room&apos;s runs</source>
        <translation>hanya hasil ruangan ini</translation>
    </message>
    <message>
        <source>--only names no check</source>
        <translation>--only tidak menyebut satu pemeriksaan pun</translation>
    </message>
    <message>
        <source>unknown check {unknown}; expected some of {known}</source>
        <translation>pemeriksaan {unknown} tidak dikenal; pilih dari {known}</translation>
    </message>
    <message>
        <source>{room}: checking {checks}…</source>
        <translation>{room}: memeriksa {checks}…</translation>
    </message>
    <message>
        <source>the run was not stored: {error}</source>
        <translation>hasil pemeriksaan tidak tersimpan: {error}</translation>
    </message>
    <message>
        <source>--limit must be 1 or more</source>
        <translation>--limit harus 1 atau lebih</translation>
    </message>
    <message>
        <source>the history cannot be read: {error}</source>
        <translation>riwayat tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>No checklist runs yet.</source>
        <translation>Belum ada daftar periksa yang dijalankan.</translation>
    </message>
    <message>
        <source>the language of the output (default: $VCDESK_LANG, else the system&apos;s)</source>
        <translation>bahasa keluaran (bawaan: $VCDESK_LANG, jika tidak ada, bahasa sistem)</translation>
    </message>
    <message>
        <source>expected a whole number, found {text!r}</source>
        <translation>seharusnya bilangan bulat, ditemukan {text!r}</translation>
    </message>
    <message>
        <source>Operator console for video-conference rooms. With no command, starts the console window.</source>
        <translation>Konsol operator untuk ruang konferensi video. Tanpa perintah, jendela konsol dibuka.</translation>
    </message>
    <message>
        <source>folder for the database and logs (default: $VCDESK_DATA_DIR, else the per-user data folder)</source>
        <translation>folder basis data dan log (bawaan: $VCDESK_DATA_DIR, jika tidak ada, folder data pengguna)</translation>
    </message>
    <message>
        <source>more log output</source>
        <translation>catatan log yang lebih rinci</translation>
    </message>
    <message>
        <source>room profile to open in the console</source>
        <translation>profil ruangan yang dibuka di konsol</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>perintah</translation>
    </message>
    <message>
        <source>cannot use the data folder {path}: {reason}</source>
        <translation>folder data {path} tidak dapat dipakai: {reason}</translation>
    </message>
    <message>
        <source>validate, show or create room profiles</source>
        <translation>periksa, tampilkan, atau buat profil ruangan</translation>
    </message>
    <message>
        <source>Room profiles: one YAML file per room, its devices and its thresholds.</source>
        <translation>Profil ruangan: satu berkas YAML per ruangan, berisi perangkat dan ambang batasnya.</translation>
    </message>
    <message>
        <source>Rebuild the database {path} from what can still be read? The damaged file is kept as a copy. [y/N] </source>
        <translation>Bangun ulang basis data {path} dari apa yang masih dapat dibaca? Berkas yang rusak tetap disimpan sebagai salinan. [y/N] </translation>
    </message>
    <message>
        <source>check the database, or repair a damaged one</source>
        <translation>periksa basis data, atau perbaiki basis data yang rusak</translation>
    </message>
    <message>
        <source>The database that holds the conversion queue, the checklist history and the schedule: check it, or rebuild a damaged one from what can still be read.</source>
        <translation>Basis data yang menyimpan antrean konversi, riwayat daftar periksa, dan jadwal: periksa, atau bangun ulang basis data yang rusak dari apa yang masih dapat dibaca.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>tindakan</translation>
    </message>
    <message>
        <source>check the database (exit 1 if it is damaged)</source>
        <translation>periksa basis data (keluar dengan kode 1 jika rusak)</translation>
    </message>
    <message>
        <source>Check the database (PRAGMA quick_check): exit 0 if sound, 1 if damaged.</source>
        <translation>Periksa basis data (PRAGMA quick_check): keluar dengan kode 0 jika baik, 1 jika rusak.</translation>
    </message>
    <message>
        <source>rebuild a damaged database from what can still be read</source>
        <translation>bangun ulang basis data yang rusak dari apa yang masih dapat dibaca</translation>
    </message>
    <message>
        <source>Keep a copy of the damaged database, build a new one and copy into it every row that can still be read, then say what was saved and what was lost. Jobs that were running will run again. Recordings and converted files are not touched.</source>
        <translation>Simpan salinan basis data yang rusak, buat basis data baru dan salin ke dalamnya setiap baris yang masih dapat dibaca, lalu sebutkan apa yang terselamatkan dan apa yang hilang. Tugas yang sedang berjalan akan dijalankan lagi. Rekaman dan berkas hasil konversi tidak disentuh.</translation>
    </message>
    <message>
        <source>repair without asking first</source>
        <translation>perbaiki tanpa bertanya dulu</translation>
    </message>
    <message>
        <source>also put back, from the sidecars of the archive in this conversion output folder (or this archive folder), the meetings and recordings the database lacks (repeatable)</source>
        <translation>juga kembalikan, dari berkas pendamping arsip di folder keluaran konversi ini (atau folder arsip ini), rapat dan rekaman yang tidak ada di basis data (dapat diulang)</translation>
    </message>
    <message>
        <source>the same for this profile&apos;s conversion output folder (repeatable)</source>
        <translation>sama, untuk folder keluaran konversi profil ini (dapat diulang)</translation>
    </message>
    <message>
        <source>There is no database at {path} yet.</source>
        <translation>Belum ada basis data di {path}.</translation>
    </message>
    <message>
        <source>not repaired: add --yes to repair without a question</source>
        <translation>tidak diperbaiki: tambahkan --yes untuk memperbaiki tanpa pertanyaan</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>check profiles; exit 2 and one line per problem if any is invalid</source>
        <translation>periksa profil; keluar dengan kode 2 dan satu baris per masalah jika ada yang tidak valid</translation>
    </message>
    <message>
        <source>Check room profiles. Exit 0 when every one is valid; else exit 2, with one line per problem: file, line, option and what is wrong.</source>
        <translation>Periksa profil ruangan. Kode keluar 0 jika semuanya valid; jika tidak, 2, dengan satu baris per masalah: berkas, baris, opsi, dan kesalahannya.</translation>
    </message>
    <message>
        <source>a room profile (YAML)</source>
        <translation>profil ruangan (YAML)</translation>
    </message>
    <message>
        <source>print a profile with its defaults filled in</source>
        <translation>cetak profil lengkap dengan nilai bawaannya</translation>
    </message>
    <message>
        <source>Print a room profile with every option, its defaults filled in; passwords are masked.</source>
        <translation>Cetak profil ruangan dengan semua opsinya, nilai bawaan sudah terisi; kata sandi disamarkan.</translation>
    </message>
    <message>
        <source>the room profile</source>
        <translation>profil ruangan</translation>
    </message>
    <message>
        <source>the room&apos;s meeting records</source>
        <translation>catatan rapat ruangan ini</translation>
    </message>
    <message>
        <source>The room&apos;s meeting records: what each meeting was, for whom, on which licence, when it was booked and when it really ran. Every change is kept with who made it and when. Times are on the room&apos;s clock.</source>
        <translation>Catatan rapat ruangan ini: rapat apa, untuk siapa, dengan lisensi apa, kapan dijadwalkan dan kapan sebenarnya berlangsung. Setiap perubahan disimpan beserta siapa yang mengubah dan kapan. Waktu mengikuti jam ruangan.</translation>
    </message>
    <message>
        <source>record a meeting held (or to be held) in the room</source>
        <translation>catat rapat yang diadakan (atau akan diadakan) di ruangan ini</translation>
    </message>
    <message>
        <source>the meeting&apos;s title</source>
        <translation>judul rapat</translation>
    </message>
    <message>
        <source>booked start, on the room&apos;s clock</source>
        <translation>waktu mulai terjadwal, menurut jam ruangan</translation>
    </message>
    <message>
        <source>booked end, on the room&apos;s clock</source>
        <translation>waktu selesai terjadwal, menurut jam ruangan</translation>
    </message>
    <message>
        <source>the number of participants expected</source>
        <translation>jumlah peserta yang diharapkan</translation>
    </message>
    <message>
        <source>who runs the meeting in the room (default: the profile&apos;s room.operator)</source>
        <translation>operator yang menjalankan rapat di ruangan (bawaan: room.operator pada profil)</translation>
    </message>
    <message>
        <source>the kind of meeting, one of the profile&apos;s meetings.kinds (e.g. webinar)</source>
        <translation>jenis rapat, salah satu dari meetings.kinds pada profil (mis. webinar)</translation>
    </message>
    <message>
        <source>the agency or unit the meeting is held for</source>
        <translation>instansi atau unit penyelenggara rapat</translation>
    </message>
    <message>
        <source>the licence used, one of the profile&apos;s licences</source>
        <translation>lisensi yang digunakan, salah satu lisensi pada profil</translation>
    </message>
    <message>
        <source>the platform (e.g. Zoom, Teams)</source>
        <translation>platform (mis. Zoom, Teams)</translation>
    </message>
    <message>
        <source>who makes this change, for the change log (default: the system&apos;s user)</source>
        <translation>siapa yang melakukan perubahan ini, untuk riwayat perubahan (bawaan: pengguna sistem)</translation>
    </message>
    <message>
        <source>the room&apos;s meetings, by booked start</source>
        <translation>rapat di ruangan ini, diurutkan menurut waktu mulai terjadwal</translation>
    </message>
    <message>
        <source>the first day (default: from the first meeting)</source>
        <translation>hari pertama (bawaan: sejak rapat pertama)</translation>
    </message>
    <message>
        <source>the last day (default: to the last meeting)</source>
        <translation>hari terakhir (bawaan: sampai rapat terakhir)</translation>
    </message>
    <message>
        <source>change a meeting&apos;s record (each change is kept with who made it and when)</source>
        <translation>ubah catatan rapat (setiap perubahan disimpan beserta siapa yang mengubah dan kapan)</translation>
    </message>
    <message>
        <source>the meeting&apos;s id</source>
        <translation>nomor rapat</translation>
    </message>
    <message>
        <source>the room profile (needed to change the kind, the licence or a time: they are checked against it)</source>
        <translation>profil ruangan (diperlukan untuk mengubah jenis, lisensi, atau waktu: nilainya diperiksa terhadap profil)</translation>
    </message>
    <message>
        <source>the number of participants who took part</source>
        <translation>jumlah peserta yang hadir</translation>
    </message>
    <message>
        <source>who ran the meeting in the room</source>
        <translation>operator yang menjalankan rapat di ruangan</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>when it really started</source>
        <translation>waktu rapat benar-benar dimulai</translation>
    </message>
    <message>
        <source>when it really ended</source>
        <translation>waktu rapat benar-benar selesai</translation>
    </message>
    <message>
        <source>a meeting&apos;s record and its change log</source>
        <translation>catatan rapat beserta riwayat perubahannya</translation>
    </message>
    <message>
        <source>the room profile, for its clock (default: this computer&apos;s)</source>
        <translation>profil ruangan, untuk jamnya (bawaan: jam komputer ini)</translation>
    </message>
    <message>
        <source>attach a recording to a meeting by hand (its archived output is then named after the meeting)</source>
        <translation>lampirkan rekaman ke rapat secara manual (hasil arsipnya kemudian dinamai menurut rapat tersebut)</translation>
    </message>
    <message>
        <source>the recording (never modified)</source>
        <translation>rekaman (tidak pernah diubah)</translation>
    </message>
    <message>
        <source>Meeting #{id} recorded: {title}, {when}.</source>
        <translation>Rapat #{id} dicatat: {title}, {when}.</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} peserta</translation>
    </message>
    <message>
        <source>{count} expected</source>
        <translation>{count} peserta diharapkan</translation>
    </message>
    <message>
        <source>nothing to change: give the values to change (see vcdesk meeting set -h)</source>
        <translation>tidak ada yang diubah: berikan nilai yang hendak diubah (lihat vcdesk meeting set -h)</translation>
    </message>
    <message>
        <source>--{option} needs --profile: the room&apos;s kinds, licences and clock are in it</source>
        <translation>--{option} memerlukan --profile: jenis rapat, lisensi, dan jam ruangan ada di dalamnya</translation>
    </message>
    <message>
        <source>Meeting #{id}: 1 change recorded.</source>
        <translation>Rapat #{id}: 1 perubahan dicatat.</translation>
    </message>
    <message>
        <source>Meeting #{id}: {count} changes recorded.</source>
        <translation>Rapat #{id}: {count} perubahan dicatat.</translation>
    </message>
    <message>
        <source>Meeting #{id}: nothing changed (it already has those values).</source>
        <translation>Rapat #{id}: tidak ada yang berubah (nilainya sudah sama).</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Perubahan:</translation>
    </message>
    <message>
        <source>Recordings:</source>
        <translation>Rekaman:</translation>
    </message>
    <message>
        <source>Recording attached to meeting #{id}: {path}</source>
        <translation>Rekaman dilampirkan ke rapat #{id}: {path}</translation>
    </message>
    <message>
        <source>It was attached to meeting #{id} before.</source>
        <translation>Sebelumnya rekaman ini dilampirkan ke rapat #{id}.</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>sebagai JSON</translation>
    </message>
    <message>
        <source>write the commented example profile to PATH (never overwrites a file)</source>
        <translation>tulis contoh profil beserta komentarnya ke PATH (tidak pernah menimpa berkas)</translation>
    </message>
    <message>
        <source>Write the commented example room profile to PATH, to be edited; an existing file is never overwritten.</source>
        <translation>Tulis contoh profil ruangan beserta komentarnya ke PATH untuk disunting; berkas yang sudah ada tidak pernah ditimpa.</translation>
    </message>
    <message>
        <source>the new profile&apos;s file</source>
        <translation>berkas profil baru</translation>
    </message>
    <message>
        <source>the room&apos;s name (default: the example&apos;s)</source>
        <translation>nama ruangan (bawaan: nama di contoh)</translation>
    </message>
    <message>
        <source>{path}: a licences file; no problems ({count} listed)</source>
        <translation>{path}: berkas lisensi; tidak ada masalah ({count} tercantum)</translation>
    </message>
    <message>
        <source>{path}: no problems ({room})</source>
        <translation>{path}: tidak ada masalah ({room})</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written</source>
        <translation>{path} sudah ada; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>{path} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <source>{path}: written; edit it, then check it with: vcdesk profile validate {path}</source>
        <translation>{path}: sudah ditulis; sunting berkasnya, lalu periksa dengan: vcdesk profile validate {path}</translation>
    </message>
    <message>
        <source>the background conversion queue</source>
        <translation>antrean konversi di latar belakang</translation>
    </message>
    <message>
        <source>The queue of recordings converted for the archive. Every action but run only changes the queue; a running queue (run, or the console) acts on it within a moment.</source>
        <translation>Antrean rekaman yang dikonversi untuk arsip. Semua tindakan selain run hanya mengubah antrean; antrean yang sedang berjalan (run, atau konsol) menindaklanjutinya sesaat kemudian.</translation>
    </message>
    <message>
        <source>queue recordings for conversion</source>
        <translation>masukkan rekaman ke antrean konversi</translation>
    </message>
    <message>
        <source>Queue recordings for conversion; nothing is queued if any file is wrong.</source>
        <translation>Masukkan rekaman ke antrean konversi; tidak ada yang dimasukkan jika ada berkas yang salah.</translation>
    </message>
    <message>
        <source>a recording</source>
        <translation>berkas rekaman</translation>
    </message>
    <message>
        <source>take the defaults from this room profile</source>
        <translation>ambil nilai bawaan dari profil ruangan ini</translation>
    </message>
    <message>
        <source>the conversion (default: the profile&apos;s, else remux)</source>
        <translation>jenis konversi (bawaan: dari profil, jika tidak ada, remux)</translation>
    </message>
    <message>
        <source>where the converted files go (default: the profile&apos;s output_dir)</source>
        <translation>folder hasil konversi (bawaan: output_dir di profil)</translation>
    </message>
    <message>
        <source>show the queue</source>
        <translation>tampilkan antrean</translation>
    </message>
    <message>
        <source>Show every job in the queue, in order.</source>
        <translation>Tampilkan semua tugas di antrean, sesuai urutannya.</translation>
    </message>
    <message>
        <source>run the queue here, without the console window</source>
        <translation>jalankan antrean di sini, tanpa jendela konsol</translation>
    </message>
    <message>
        <source>Run the queue here, without the console window, until Ctrl+C.</source>
        <translation>Jalankan antrean di sini, tanpa jendela konsol, sampai Ctrl+C ditekan.</translation>
    </message>
    <message>
        <source>stop once no job waits or runs (exit 1 if any failed)</source>
        <translation>berhenti bila tidak ada lagi tugas yang menunggu atau berjalan (kode keluar 1 jika ada yang gagal)</translation>
    </message>
    <message>
        <source>take parallel jobs, priority, watch folders, meeting programs and the room&apos;s schedule (no conversion during its meetings) from this profile</source>
        <translation>ambil jumlah tugas paralel, prioritas, folder pantauan, program rapat, dan jadwal ruangan (tanpa konversi selama rapat) dari profil ini</translation>
    </message>
    <message>
        <source>the job&apos;s number, as queue list shows it</source>
        <translation>nomor tugas, seperti yang ditampilkan queue list</translation>
    </message>
    <message>
        <source>pause a job, or with no ID the whole queue</source>
        <translation>jeda sebuah tugas, atau seluruh antrean jika tanpa ID</translation>
    </message>
    <message>
        <source>resume a job, or with no ID the whole queue</source>
        <translation>lanjutkan sebuah tugas, atau seluruh antrean jika tanpa ID</translation>
    </message>
    <message>
        <source>stop a job; its partial output is removed</source>
        <translation>hentikan sebuah tugas; hasil yang belum selesai dihapus</translation>
    </message>
    <message>
        <source>queue a failed, cancelled or interrupted job again</source>
        <translation>masukkan lagi tugas yang gagal, dibatalkan, atau terputus ke antrean</translation>
    </message>
    <message>
        <source>delete a job from the list (not its files)</source>
        <translation>hapus tugas dari daftar (berkasnya tidak dihapus)</translation>
    </message>
    <message>
        <source>move a waiting job earlier or later</source>
        <translation>majukan atau mundurkan urutan tugas yang menunggu</translation>
    </message>
    <message>
        <source>up: earlier; down: later</source>
        <translation>up: lebih awal; down: lebih akhir</translation>
    </message>
    <message>
        <source>switch meeting mode (conversions held)</source>
        <translation>aktifkan atau nonaktifkan mode rapat (konversi ditahan)</translation>
    </message>
    <message>
        <source>on: hold every conversion; off: let them go on</source>
        <translation>on: tahan semua konversi; off: lanjutkan konversi</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}: berkas tidak ada</translation>
    </message>
    <message>
        <source>{name}: not a file</source>
        <translation>{name}: bukan berkas</translation>
    </message>
    <message>
        <source>{name}: the name is not valid text on this system: rename the file</source>
        <translation>{name}: nama berkas bukan teks yang valid di sistem ini: ganti nama berkasnya</translation>
    </message>
    <message>
        <source>nothing was queued</source>
        <translation>tidak ada yang dimasukkan ke antrean</translation>
    </message>
    <message>
        <source>queued #{id}: {path} ({preset}, to {folder})</source>
        <translation>masuk antrean #{id}: {path} ({preset}, ke {folder})</translation>
    </message>
    <message>
        <source>The queue is paused (vcdesk queue resume).</source>
        <translation>Antrean sedang dijeda (vcdesk queue resume).</translation>
    </message>
    <message>
        <source>Meeting mode is on: switched on by hand.</source>
        <translation>Mode rapat aktif: diaktifkan secara manual.</translation>
    </message>
    <message>
        <source>Meeting mode is on: a meeting program is running.</source>
        <translation>Mode rapat aktif: ada program rapat yang berjalan.</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>Antrean kosong.</translation>
    </message>
    <message>
        <source>saved as {output} ({size})</source>
        <translation>disimpan sebagai {output} ({size})</translation>
    </message>
    <message>
        <source>{speed}× real time, about {left} left</source>
        <translation>{speed}× waktu nyata, sekitar {left} lagi</translation>
    </message>
    <message>
        <source>about {left} left</source>
        <translation>sekitar {left} lagi</translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation>Antrean dijeda.</translation>
    </message>
    <message>
        <source>The queue is running.</source>
        <translation>Antrean berjalan.</translation>
    </message>
    <message>
        <source>Job #{id} removed.</source>
        <translation>Tugas #{id} dihapus.</translation>
    </message>
    <message>
        <source>Job #{id}: {state}.</source>
        <translation>Tugas #{id}: {state}.</translation>
    </message>
    <message>
        <source>Meeting mode switched on: conversions are held.</source>
        <translation>Mode rapat diaktifkan: konversi ditahan.</translation>
    </message>
    <message>
        <source>Meeting mode switched off.</source>
        <translation>Mode rapat dinonaktifkan.</translation>
    </message>
    <message>
        <source>A meeting program is still running: conversions stay held until it ends.</source>
        <translation>Program rapat masih berjalan: konversi tetap ditahan sampai program itu ditutup.</translation>
    </message>
    <message>
        <source>the room&apos;s schedule: {problem}</source>
        <translation>jadwal ruangan: {problem}</translation>
    </message>
    <message>
        <source>The queue runs (database {db}); Ctrl+C stops it.</source>
        <translation>Antrean berjalan (basis data {db}); tekan Ctrl+C untuk menghentikan.</translation>
    </message>
    <message>
        <source>The queue is paused: waiting (vcdesk queue resume).</source>
        <translation>Antrean dijeda: menunggu (vcdesk queue resume).</translation>
    </message>
    <message>
        <source>The queue stopped: {summary}.</source>
        <translation>Antrean berhenti: {summary}.</translation>
    </message>
    <message>
        <source>no job finished</source>
        <translation>tidak ada tugas yang selesai</translation>
    </message>
    <message>
        <source>#{id} started: {input} ({preset})</source>
        <translation>#{id} dimulai: {input} ({preset})</translation>
    </message>
    <message>
        <source>Meeting mode on: conversions are held.</source>
        <translation>Mode rapat aktif: konversi ditahan.</translation>
    </message>
    <message>
        <source>Meeting mode off: conversions go on.</source>
        <translation>Mode rapat nonaktif: konversi dilanjutkan.</translation>
    </message>
    <message>
        <source>the room&apos;s meetings and the conversion plan</source>
        <translation>rapat di ruangan dan rencana konversi</translation>
    </message>
    <message>
        <source>The room&apos;s meetings, from its calendar and from the console, and when the conversion queue runs around them.</source>
        <translation>Rapat di ruangan, dari kalendernya dan dari konsol, serta kapan antrean konversi berjalan di sela-selanya.</translation>
    </message>
    <message>
        <source>a day&apos;s meetings and when each waiting conversion is expected to run</source>
        <translation>rapat pada suatu hari dan perkiraan waktu berjalannya setiap konversi yang menunggu</translation>
    </message>
    <message>
        <source>A day&apos;s meetings in the room&apos;s time zone, and when each waiting conversion is expected to run and finish, clear of the meetings. Exit 2 when the calendar cannot be read and no copy of it was kept.</source>
        <translation>Rapat pada suatu hari dalam zona waktu ruangan, serta perkiraan kapan setiap konversi yang menunggu berjalan dan selesai tanpa bentrok dengan rapat. Kode keluar 2 jika kalender tidak dapat dibaca dan belum ada salinannya.</translation>
    </message>
    <message>
        <source>the day to show (default: today)</source>
        <translation>hari yang ditampilkan (bawaan: hari ini)</translation>
    </message>
    <message>
        <source>plan as if it were this time, in the room&apos;s time zone (to try a schedule out)</source>
        <translation>susun rencana seolah-olah saat ini adalah waktu tersebut, dalam zona waktu ruangan (untuk mencoba jadwal)</translation>
    </message>
    <message>
        <source>the meeting on now is over: the room is free for conversions from now</source>
        <translation>rapat yang sedang berlangsung sudah selesai: ruangan bebas untuk konversi mulai sekarang</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found {text!r}</source>
        <translation>seharusnya tanggal berformat YYYY-MM-DD, ditemukan {text!r}</translation>
    </message>
    <message>
        <source>expected a time as YYYY-MM-DDTHH:MM, found {text!r}</source>
        <translation>seharusnya waktu berformat YYYY-MM-DDTHH:MM, ditemukan {text!r}</translation>
    </message>
    <message>
        <source>no meeting is on now in {room}</source>
        <translation>tidak ada rapat yang sedang berlangsung di {room}</translation>
    </message>
    <message>
        <source>Ended “{title}” (booked until {end}): {room} is free from {now}.</source>
        <translation>“{title}” diakhiri (dipesan sampai {end}): {room} bebas mulai {now}.</translation>
    </message>
    <message>
        <source>showing the last good copy of the calendar instead</source>
        <translation>yang ditampilkan adalah salinan kalender terakhir yang berhasil dibaca</translation>
    </message>
    <message>
        <source>Calendar: {source} (read {when})</source>
        <translation>Kalender: {source} (dibaca {when})</translation>
    </message>
    <message>
        <source>Calendar: {source} cannot be read now: using the copy read {when}</source>
        <translation>Kalender: {source} tidak dapat dibaca sekarang: memakai salinan yang dibaca {when}</translation>
    </message>
    <message>
        <source>Calendar: {source} cannot be read, and no copy was kept: the meetings below are the console&apos;s only</source>
        <translation>Kalender: {source} tidak dapat dibaca dan belum ada salinannya: rapat di bawah ini hanya dari konsol</translation>
    </message>
    <message>
        <source>Meetings: entered in the console only (the profile names no schedule.ics).</source>
        <translation>Rapat: hanya yang dimasukkan di konsol (profil tidak menyebut schedule.ics).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>; events left out because they could not be read: {skipped}</source>
        <translation>; acara yang dilewati karena tidak dapat dibaca: {skipped}</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>Tidak ada rapat.</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Rapat:</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>sepanjang hari</translation>
    </message>
    <message>
        <source>added in the console, #{entry}</source>
        <translation>ditambahkan di konsol, #{entry}</translation>
    </message>
    <message>
        <source>does not hold conversions</source>
        <translation>tidak menahan konversi</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Calendar problems: {count} (the rest of the calendar is used):</source>
        <translation>Masalah pada kalender: {count} (bagian kalender lainnya tetap dipakai):</translation>
    </message>
    <message>
        <source>… and {count} more (all of them: --json)</source>
        <translation>… dan {count} lainnya (semuanya: --json)</translation>
    </message>
    <message>
        <source>Conversion plan: no job waits or runs.</source>
        <translation>Rencana konversi: tidak ada tugas yang menunggu atau berjalan.</translation>
    </message>
    <message>
        <source>Conversion plan from {now} (no job runs in a meeting, nor {pause} before one):</source>
        <translation>Rencana konversi mulai {now} (tidak ada tugas yang berjalan selama rapat, maupun {pause} sebelum rapat):</translation>
    </message>
    <message>
        <source>converting, ends {finish}</source>
        <translation>sedang dikonversi, selesai {finish}</translation>
    </message>
    <message>
        <source>runs {start}-{finish}</source>
        <translation>berjalan {start}-{finish}</translation>
    </message>
    <message>
        <source>{length}, held {held} by meetings</source>
        <translation>{length}, ditahan {held} karena rapat</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>kurang dari satu menit</translation>
    </message>
    <message>
        <source>about {length}</source>
        <translation>sekitar {length}</translation>
    </message>
    <message>
        <source>reports for the room&apos;s leaders</source>
        <translation>laporan untuk pimpinan ruangan ini</translation>
    </message>
    <message>
        <source>Reports for the room&apos;s leaders and its admin.</source>
        <translation>Laporan untuk pimpinan dan admin ruangan ini.</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>laporan</translation>
    </message>
    <message>
        <source>the month&apos;s meetings: how many, how long, for whom, with how many participants, the savings, the checklists and the recordings</source>
        <translation>rapat dalam sebulan: berapa banyak, berapa lama, untuk siapa, dengan berapa peserta, penghematannya, pemeriksaannya, dan rekamannya</translation>
    </message>
    <message>
        <source>the month, on the room&apos;s clock</source>
        <translation>bulan, menurut jam ruangan ini</translation>
    </message>
    <message>
        <source>pdf for the leaders, xlsx or csv for the admin, json for scripts (default: from the file&apos;s name, else json)</source>
        <translation>pdf untuk pimpinan, xlsx atau csv untuk admin, json untuk skrip (bawaan: dari nama berkas, jika tidak json)</translation>
    </message>
    <message>
        <source>write the report to FILE (default: JSON to stdout)</source>
        <translation>tulis laporan ke FILE (bawaan: JSON ke stdout)</translation>
    </message>
    <message>
        <source>expected a month as YYYY-MM, found {text!r}</source>
        <translation>bulan harus ditulis YYYY-MM, bukan {text!r}</translation>
    </message>
    <message>
        <source>--format {format} needs -o FILE: only JSON goes to stdout</source>
        <translation>--format {format} memerlukan -o FILE: hanya JSON yang ditulis ke stdout</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>tidak dapat menulis {path}: {reason}</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Laporan ditulis ke {path}</translation>
    </message>
</context>
<context>
    <name>conversions</name>
    <message>
        <source>A file or folder is not there any more: the recording or the output folder was moved, renamed or deleted</source>
        <translation>Sebuah berkas atau folder sudah tidak ada: rekaman atau folder hasil telah dipindahkan, diganti namanya, atau dihapus</translation>
    </message>
    <message>
        <source>The file is not there: it was moved, renamed or deleted</source>
        <translation>Berkas tidak ada: berkas itu telah dipindahkan, diganti namanya, atau dihapus</translation>
    </message>
    <message>
        <source>vcdesk is not allowed to open this file or write into its folder: check the permissions of the file and the folder</source>
        <translation>vcdesk tidak diizinkan membuka berkas ini atau menulis ke foldernya: periksa izin akses berkas dan folder tersebut</translation>
    </message>
    <message>
        <source>The disk is full: the converted file did not fit</source>
        <translation>Disk penuh: berkas hasil konversi tidak muat</translation>
    </message>
    <message>
        <source>The disk quota is used up: the converted file did not fit</source>
        <translation>Kuota disk sudah habis: berkas hasil konversi tidak muat</translation>
    </message>
    <message>
        <source>The disk {disk} filled up during the conversion: the converted file needs about {need} there and {free} is free. The partial file was removed; free space on that disk (or choose another output folder) and retry</source>
        <translation>Disk {disk} penuh selama konversi: berkas hasil konversi memerlukan sekitar {need} di sana, sedangkan ruang kosongnya {free}. Berkas yang belum selesai sudah dihapus; kosongkan ruang di disk itu (atau pilih folder hasil lain), lalu coba lagi</translation>
    </message>
    <message>
        <source>Not enough free space on the disk {disk}: the converted file needs about {need} and {free} is free. Free space on that disk (or choose another output folder) and retry</source>
        <translation>Ruang kosong di disk {disk} tidak cukup: berkas hasil konversi memerlukan sekitar {need}, sedangkan ruang kosongnya {free}. Kosongkan ruang di disk itu (atau pilih folder hasil lain), lalu coba lagi</translation>
    </message>
    <message>
        <source>The output folder is on a read-only disk: choose another output folder</source>
        <translation>Folder hasil berada di disk hanya-baca (read-only): pilih folder hasil lain</translation>
    </message>
    <message>
        <source>The file name is too long for this disk: rename the recording to something shorter</source>
        <translation>Nama berkas terlalu panjang untuk disk ini: ganti nama rekaman dengan nama yang lebih pendek</translation>
    </message>
    <message>
        <source>The file is incomplete: the recording was probably cut off before it was saved</source>
        <translation>Berkas tidak lengkap: rekaman kemungkinan terpotong sebelum sempat disimpan</translation>
    </message>
    <message>
        <source>This file is not a recording that can be read: it is damaged, or not a video or audio file at all</source>
        <translation>Berkas ini bukan rekaman yang dapat dibaca: berkasnya rusak, atau sama sekali bukan berkas video atau audio</translation>
    </message>
    <message>
        <source>This is a folder, not a recording</source>
        <translation>Ini sebuah folder, bukan rekaman</translation>
    </message>
    <message>
        <source>The file is empty: the recording was probably never saved</source>
        <translation>Berkas kosong: rekaman kemungkinan tidak pernah tersimpan</translation>
    </message>
    <message>
        <source>The recording holds no picture or sound: there is nothing to convert</source>
        <translation>Rekaman tidak berisi gambar maupun suara: tidak ada yang dapat dikonversi</translation>
    </message>
    <message>
        <source>The recording has no sound: the audio-only preset has nothing to keep</source>
        <translation>Rekaman tidak memiliki suara: format hasil hanya-audio tidak menemukan apa pun untuk disimpan</translation>
    </message>
    <message>
        <source>A file with the output&apos;s name already exists; it was left as it was</source>
        <translation>Sudah ada berkas dengan nama berkas hasil; berkas itu dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>The recording is damaged part-way through: some of its data is broken or missing</source>
        <translation>Rekaman rusak di tengah jalan: sebagian datanya rusak atau hilang</translation>
    </message>
    <message>
        <source>The output format cannot hold one of the recording&apos;s streams</source>
        <translation>Format hasil tidak dapat memuat salah satu aliran (stream) rekaman</translation>
    </message>
    <message>
        <source>This ffmpeg lacks an encoder the preset needs: install the full ffmpeg</source>
        <translation>ffmpeg ini tidak memiliki encoder yang diperlukan format hasil: pasang ffmpeg versi lengkap</translation>
    </message>
    <message>
        <source>The disk reported a read or write error: check the drive, cable or network share</source>
        <translation>Disk melaporkan kesalahan baca atau tulis: periksa drive, kabel, atau folder jaringan</translation>
    </message>
    <message>
        <source>The network share went away during the conversion: check the connection</source>
        <translation>Folder jaringan terputus selama konversi: periksa sambungannya</translation>
    </message>
    <message>
        <source>The computer ran out of memory: close other programs and try again</source>
        <translation>Memori komputer habis: tutup program lain, lalu coba lagi</translation>
    </message>
    <message>
        <source>The conversion was stopped before it finished</source>
        <translation>Konversi dihentikan sebelum selesai</translation>
    </message>
    <message>
        <source>Checking the converted file was stopped</source>
        <translation>Pemeriksaan berkas hasil konversi dihentikan</translation>
    </message>
    <message>
        <source>vcdesk stopped before the conversion finished; the partial output was removed and the job will run again</source>
        <translation>vcdesk berhenti sebelum konversi selesai; berkas yang belum selesai sudah dihapus dan tugas ini akan dijalankan lagi</translation>
    </message>
    <message>
        <source>vcdesk was stopped while converting (crash, power cut or kill); the partial output was removed and the job will run again</source>
        <translation>vcdesk terhenti saat mengonversi (crash, listrik padam, atau dihentikan paksa); berkas yang belum selesai sudah dihapus dan tugas ini akan dijalankan lagi</translation>
    </message>
    <message>
        <source>The queue converting this job has stopped (crash, power cut or kill); the job runs again, and its partial output is removed, when the queue next runs</source>
        <translation>Antrean yang mengonversi tugas ini telah terhenti (crash, listrik padam, atau dihentikan paksa); tugas ini akan dijalankan lagi, dan berkas yang belum selesai akan dihapus, saat antrean berjalan kembali</translation>
    </message>
    <message>
        <source>ffmpeg stopped: {detail}</source>
        <translation>ffmpeg berhenti: {detail}</translation>
    </message>
    <message>
        <source>ffmpeg stopped with exit code {returncode} and gave no reason</source>
        <translation>ffmpeg berhenti dengan kode keluar {returncode} tanpa menyebutkan penyebabnya</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation>Berkas tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>Reading the file took longer than {seconds}: the disk or network share may be too slow or stuck</source>
        <translation>Membaca berkas memakan waktu lebih dari {seconds}: disk atau folder jaringan mungkin terlalu lambat atau macet</translation>
    </message>
    <message>
        <source>ffmpeg could not be started: {detail}</source>
        <translation>ffmpeg tidak dapat dijalankan: {detail}</translation>
    </message>
    <message>
        <source>ffprobe was not found beside {ffmpeg}</source>
        <translation>ffprobe tidak ditemukan di samping {ffmpeg}</translation>
    </message>
    <message>
        <source>ffprobe gave an answer that could not be read</source>
        <translation>ffprobe memberikan jawaban yang tidak dapat dibaca</translation>
    </message>
    <message>
        <source>ffmpeg could not read the file: {detail}</source>
        <translation>ffmpeg tidak dapat membaca berkas: {detail}</translation>
    </message>
    <message>
        <source>ffmpeg could not read the file: it stopped with exit code {returncode} and gave no reason</source>
        <translation>ffmpeg tidak dapat membaca berkas: ffmpeg berhenti dengan kode keluar {returncode} tanpa menyebutkan penyebabnya</translation>
    </message>
    <message>
        <source>The converted file cannot be opened: {cause}</source>
        <translation>Berkas hasil konversi tidak dapat dibuka: {cause}</translation>
    </message>
    <message>
        <source>The converted file has {found} but should have {wanted}</source>
        <translation>Berkas hasil konversi berisi {found}, padahal seharusnya {wanted}</translation>
    </message>
    <message>
        <source>The converted file claims to last {measured:.1f} s but the recording lasts {expected:.1f} s: part of it is missing</source>
        <translation>Berkas hasil konversi tercatat berdurasi {measured:.1f} detik, padahal rekaman berdurasi {expected:.1f} detik: sebagian isinya hilang</translation>
    </message>
    <message>
        <source>The converted file plays for {measured:.1f} s but the recording lasts {expected:.1f} s: part of it is missing</source>
        <translation>Berkas hasil konversi dapat diputar selama {measured:.1f} detik, padahal rekaman berdurasi {expected:.1f} detik: sebagian isinya hilang</translation>
    </message>
    <message>
        <source>Checking the converted file took longer than {seconds}</source>
        <translation>Pemeriksaan berkas hasil konversi memakan waktu lebih dari {seconds}</translation>
    </message>
    <message>
        <source>The converted file is damaged: it cannot be read to the end ({detail})</source>
        <translation>Berkas hasil konversi rusak: tidak dapat dibaca sampai akhir ({detail})</translation>
    </message>
    <message>
        <source>The converted file is damaged: it cannot be read to the end (exit code {returncode})</source>
        <translation>Berkas hasil konversi rusak: tidak dapat dibaca sampai akhir (kode keluar {returncode})</translation>
    </message>
    <message>
        <source>vcdesk failed unexpectedly: {detail}</source>
        <translation>vcdesk mengalami kesalahan tak terduga: {detail}</translation>
    </message>
    <message>
        <source>The preset {preset} is not known to this vcdesk: choose one of {known}</source>
        <translation>Format hasil {preset} tidak dikenal oleh vcdesk ini: pilih salah satu dari {known}</translation>
    </message>
    <message>
        <source>The output folder {folder} cannot be created ({detail}): choose another output folder</source>
        <translation>Folder hasil {folder} tidak dapat dibuat ({detail}): pilih folder hasil lain</translation>
    </message>
    <message>
        <source>The converted file could not be put in {folder}: {detail}</source>
        <translation>Berkas hasil konversi tidak dapat ditempatkan di {folder}: {detail}</translation>
    </message>
    <message>
        <source>Cancelled by the operator</source>
        <translation>Dibatalkan oleh operator</translation>
    </message>
    <message>
        <source>{count} video</source>
        <translation>{count} video</translation>
    </message>
    <message>
        <source>{count} audio</source>
        <translation>{count} audio</translation>
    </message>
    <message>
        <source>{count} subtitle</source>
        <translation>{count} subtitel</translation>
    </message>
    <message>
        <source>{count} data</source>
        <translation>{count} data</translation>
    </message>
    <message>
        <source>{count} attachment</source>
        <translation>{count} lampiran</translation>
    </message>
    <message>
        <source>no streams</source>
        <translation>tidak ada aliran (stream)</translation>
    </message>
    <message>
        <source>there is no job #{job_id}</source>
        <translation>tidak ada tugas #{job_id}</translation>
    </message>
    <message>
        <source>job #{job_id} is {state}: only waiting jobs move</source>
        <translation>tugas #{job_id} berstatus {state}: hanya tugas yang menunggu yang dapat dipindahkan</translation>
    </message>
    <message>
        <source>job #{job_id} is {state}: nothing to pause</source>
        <translation>tugas #{job_id} berstatus {state}: tidak ada yang dapat dijeda</translation>
    </message>
    <message>
        <source>job #{job_id} is {state}: only a paused job resumes (use retry)</source>
        <translation>tugas #{job_id} berstatus {state}: hanya tugas yang dijeda yang dapat dilanjutkan (gunakan Coba lagi/retry)</translation>
    </message>
    <message>
        <source>job #{job_id} is {state}: nothing to cancel</source>
        <translation>tugas #{job_id} berstatus {state}: tidak ada yang dapat dibatalkan</translation>
    </message>
    <message>
        <source>job #{job_id} is {state}: only a failed, cancelled or interrupted job can be retried</source>
        <translation>tugas #{job_id} berstatus {state}: hanya tugas yang gagal, dibatalkan, atau terputus yang dapat dicoba lagi</translation>
    </message>
    <message>
        <source>job #{job_id} is still stopping: try again in a moment</source>
        <translation>tugas #{job_id} masih dalam proses berhenti: coba lagi sebentar lagi</translation>
    </message>
    <message>
        <source>job #{job_id} is {state} in an engine: cancel it first</source>
        <translation>tugas #{job_id} berstatus {state} di mesin konversi: batalkan dulu</translation>
    </message>
    <message>
        <source>the conversion queue is not running</source>
        <translation>antrean konversi tidak berjalan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Mengonversi</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Terputus</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Pass</source>
        <translation>Lolos</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>SIAP</translation>
    </message>
    <message>
        <source>GO, with warnings</source>
        <translation>SIAP, dengan peringatan</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>TIDAK SIAP</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Terukur</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Waktu mulai</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Format hasil</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Folder hasil</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>a meeting needs a title</source>
        <translation>rapat harus memiliki judul</translation>
    </message>
    <message>
        <source>the {field} is longer than {limit} characters</source>
        <translation>{field} lebih panjang dari {limit} karakter</translation>
    </message>
    <message>
        <source>the number of participants must be from 0 to {limit:,}, not {value:,}</source>
        <translation>jumlah peserta harus antara 0 dan {limit:,}, bukan {value:,}</translation>
    </message>
    <message>
        <source>the number of participants must be a whole number, not {text!r}</source>
        <translation>jumlah peserta harus berupa bilangan bulat, bukan {text!r}</translation>
    </message>
    <message>
        <source>the meeting must end after it starts</source>
        <translation>rapat harus berakhir setelah dimulai</translation>
    </message>
    <message>
        <source>the actual end must be after the actual start</source>
        <translation>waktu selesai sebenarnya harus setelah waktu mulai sebenarnya</translation>
    </message>
    <message>
        <source>a meeting cannot last more than {days} days: check the dates</source>
        <translation>rapat tidak dapat berlangsung lebih dari {days} hari: periksa tanggalnya</translation>
    </message>
    <message>
        <source>a meeting cannot have run more than {days} days: check the dates</source>
        <translation>rapat tidak mungkin berlangsung lebih dari {days} hari: periksa tanggalnya</translation>
    </message>
    <message>
        <source>unknown meeting kind {kind!r}: the kinds of this room are {kinds}</source>
        <translation>jenis rapat {kind!r} tidak dikenal: jenis rapat ruangan ini adalah {kinds}</translation>
    </message>
    <message>
        <source>unknown licence {licence!r}: the licences of this room are {licences}</source>
        <translation>lisensi {licence!r} tidak dikenal: lisensi ruangan ini adalah {licences}</translation>
    </message>
    <message>
        <source>unknown licence {licence!r}: the room profile lists no licences</source>
        <translation>lisensi {licence!r} tidak dikenal: profil ruangan tidak mencantumkan lisensi</translation>
    </message>
    <message>
        <source>expected a time as YYYY-MM-DD HH:MM, found {text!r}</source>
        <translation>waktu harus ditulis sebagai YYYY-MM-DD HH:MM, tertulis {text!r}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found {text!r}</source>
        <translation>tanggal harus ditulis sebagai YYYY-MM-DD, tertulis {text!r}</translation>
    </message>
    <message>
        <source>there is no meeting #{id}</source>
        <translation>tidak ada rapat #{id}</translation>
    </message>
    <message>
        <source>a meeting has no field {field!r}</source>
        <translation>catatan rapat tidak memiliki isian {field!r}</translation>
    </message>
    <message>
        <source>meeting #{id} belongs to the room {room}, not to {profile_room}</source>
        <translation>rapat #{id} milik ruangan {room}, bukan {profile_room}</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>tidak ada berkas {path}</translation>
    </message>
    <message>
        <source>{path} is the archive&apos;s own output or a partial file, not a recording</source>
        <translation>{path} adalah keluaran arsip sendiri atau berkas parsial, bukan rekaman</translation>
    </message>
    <message>
        <source>record created</source>
        <translation>catatan dibuat</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>penyelenggara</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>lisensi</translation>
    </message>
    <message>
        <source>expected participants</source>
        <translation>peserta yang diharapkan</translation>
    </message>
    <message>
        <source>actual participants</source>
        <translation>peserta yang hadir</translation>
    </message>
    <message>
        <source>booked start</source>
        <translation>mulai terjadwal</translation>
    </message>
    <message>
        <source>booked end</source>
        <translation>selesai terjadwal</translation>
    </message>
    <message>
        <source>actual start</source>
        <translation>mulai sebenarnya</translation>
    </message>
    <message>
        <source>actual end</source>
        <translation>selesai sebenarnya</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>checklist run</source>
        <translation>pemeriksaan daftar periksa</translation>
    </message>
    <message>
        <source>SOP items ticked</source>
        <translation>butir SOP yang dicentang</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>room</source>
        <translation>ruangan</translation>
    </message>
    <message>
        <source>from the calendar</source>
        <translation>dari kalender</translation>
    </message>
    <message>
        <source>added in the console</source>
        <translation>ditambahkan di konsol</translation>
    </message>
    <message>
        <source>added with vcdesk meeting add</source>
        <translation>ditambahkan dengan vcdesk meeting add</translation>
    </message>
    <message>
        <source>the calendar</source>
        <translation>kalender</translation>
    </message>
    <message>
        <source>the room&apos;s folders</source>
        <translation>folder ruangan</translation>
    </message>
    <message>
        <source>meeting mode</source>
        <translation>mode rapat</translation>
    </message>
    <message>
        <source>{participants:,} participants, but licence {licence} admits {capacity:,}</source>
        <translation>{participants:,} peserta, tetapi lisensi {licence} hanya memuat {capacity:,} peserta</translation>
    </message>
    <message>
        <source>licence {licence} has 1 host account and {count} meetings at once: {others}</source>
        <translation>lisensi {licence} memiliki 1 akun host, tetapi ada {count} rapat pada waktu yang sama: {others}</translation>
    </message>
    <message>
        <source>licence {licence} has {hosts} host accounts and {count} meetings at once: {others}</source>
        <translation>lisensi {licence} memiliki {hosts} akun host, tetapi ada {count} rapat pada waktu yang sama: {others}</translation>
    </message>
    <message>
        <source>licence {licence} is no longer among the licences of this room</source>
        <translation>lisensi {licence} tidak lagi termasuk lisensi ruangan ini</translation>
    </message>
</context>
<context>
    <name>month_report</name>
    <message>
        <source>Monthly meeting report</source>
        <translation>Laporan Rapat Bulanan</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rapat yang diselenggarakan</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Hours of meetings</source>
        <translation>Jam rapat</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Penghematan</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Penghematan</translation>
    </message>
    <message>
        <source>Estimated savings</source>
        <translation>Perkiraan penghematan</translation>
    </message>
    <message>
        <source>Savings are estimated per meeting as travel {travel} plus meals {meal} per participant (actual participants, else expected).</source>
        <translation>Penghematan diperkirakan per rapat sebesar biaya perjalanan {travel} ditambah konsumsi {meal} per peserta (jumlah peserta yang hadir, atau yang diharapkan bila belum dicatat).</translation>
    </message>
    <message>
        <source>The room profile sets no savings amounts: savings are shown as Rp0.</source>
        <translation>Profil ruangan tidak menetapkan besaran penghematan: penghematan ditampilkan sebagai Rp0.</translation>
    </message>
    <message>
        <source>By kind of meeting</source>
        <translation>Menurut jenis rapat</translation>
    </message>
    <message>
        <source>By organiser</source>
        <translation>Menurut penyelenggara</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Pre-meeting checklists</source>
        <translation>Pemeriksaan sebelum rapat</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Recordings kept</source>
        <translation>Rekaman yang disimpan</translation>
    </message>
    <message>
        <source>Hours recorded</source>
        <translation>Jam rekaman</translation>
    </message>
    <message>
        <source>Size of the recordings</source>
        <translation>Ukuran rekaman</translation>
    </message>
    <message>
        <source>Meetings of the month</source>
        <translation>Daftar rapat bulan ini</translation>
    </message>
    <message>
        <source>No meetings are recorded for this month.</source>
        <translation>Tidak ada rapat yang tercatat pada bulan ini.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Peserta yang diharapkan</translation>
    </message>
    <message>
        <source>Actual participants</source>
        <translation>Peserta yang hadir</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Recordings (bytes)</source>
        <translation>Rekaman (byte)</translation>
    </message>
    <message>
        <source>Saving (Rp)</source>
        <translation>Penghematan (Rp)</translation>
    </message>
    <message>
        <source>(kind not given)</source>
        <translation>(jenis tidak diisi)</translation>
    </message>
    <message>
        <source>(organiser not given)</source>
        <translation>(penyelenggara tidak diisi)</translation>
    </message>
    <message>
        <source>Cleared (GO)</source>
        <translation>Lolos (SIAP)</translation>
    </message>
    <message>
        <source>Not cleared (NO-GO)</source>
        <translation>Tidak lolos (TIDAK SIAP)</translation>
    </message>
    <message>
        <source>No checklist run</source>
        <translation>Tanpa pemeriksaan</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>MP4, copied (fast, same quality)</source>
        <translation>MP4, disalin (cepat, kualitas sama)</translation>
    </message>
    <message>
        <source>H.264, 720p</source>
        <translation>H.264, 720p</translation>
    </message>
    <message>
        <source>H.264, 1080p</source>
        <translation>H.264, 1080p</translation>
    </message>
    <message>
        <source>Audio only</source>
        <translation>Hanya audio</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>no such file</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>is a folder; expected a .yaml file</source>
        <translation>berupa folder; seharusnya berkas .yaml</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>berkas tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>permission denied: cannot read the file</source>
        <translation>izin ditolak: berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>larger than {max_bytes}; not a room profile</source>
        <translation>lebih besar dari {max_bytes}; bukan profil ruangan</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save the file as UTF-8</source>
        <translation>bukan teks UTF-8 (byte {byte}); simpan berkas sebagai UTF-8</translation>
    </message>
    <message>
        <source>the file is empty; expected a room profile (see profiles/example.yaml)</source>
        <translation>berkas kosong; seharusnya berisi profil ruangan (lihat profiles/example.yaml)</translation>
    </message>
    <message>
        <source>expected a room profile (key: value lines), found a list</source>
        <translation>seharusnya profil ruangan (baris kunci: nilai), ditemukan daftar</translation>
    </message>
    <message>
        <source>expected a room profile (key: value lines), found a single value</source>
        <translation>seharusnya profil ruangan (baris kunci: nilai), ditemukan satu nilai tunggal</translation>
    </message>
    <message>
        <source>could not save: {detail}; the file on disk is unchanged</source>
        <translation>tidak dapat menyimpan: {detail}; berkas di disk tidak berubah</translation>
    </message>
    <message>
        <source>could not save: {detail}; nothing was written</source>
        <translation>tidak dapat menyimpan: {detail}; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>no free file name for {stem!r}</source>
        <translation>tidak ada lagi nama berkas yang bebas untuk {stem!r}</translation>
    </message>
    <message>
        <source>could not delete: {detail}</source>
        <translation>tidak dapat menghapus: {detail}</translation>
    </message>
    <message>
        <source>not valid YAML: {detail}</source>
        <translation>YAML tidak valid: {detail}</translation>
    </message>
    <message>
        <source>a list opened here with {open} is never closed; close it with {close}</source>
        <translation>daftar yang dibuka di sini dengan {open} tidak pernah ditutup; tutup dengan {close}</translation>
    </message>
    <message>
        <source>a section opened here with {open} is never closed; close it with {close}</source>
        <translation>bagian yang dibuka di sini dengan {open} tidak pernah ditutup; tutup dengan {close}</translation>
    </message>
    <message>
        <source>a text opened here with {open} is never closed; close it with {close}</source>
        <translation>teks yang dibuka di sini dengan {open} tidak pernah ditutup; tutup dengan {close}</translation>
    </message>
    <message>
        <source>a tab character; YAML is indented with spaces, not tabs</source>
        <translation>ada karakter tab; indentasi YAML memakai spasi, bukan tab</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: each option may appear only once</source>
        <translation>kunci {key!r} ganda: setiap opsi hanya boleh muncul sekali</translation>
    </message>
    <message>
        <source>a control character ({character}) that YAML text cannot hold; is this a binary file?</source>
        <translation>karakter kontrol ({character}) yang tidak boleh ada dalam teks YAML; apakah ini berkas biner?</translation>
    </message>
    <message>
        <source>more than {limit:,} values (aliases?); not a room profile</source>
        <translation>lebih dari {limit:,} nilai (alias?); bukan profil ruangan</translation>
    </message>
    <message>
        <source>YAML tags (!...) are not allowed in a room profile</source>
        <translation>tag YAML (!...) tidak diizinkan di profil ruangan</translation>
    </message>
    <message>
        <source>option names must be text, found {found}</source>
        <translation>nama opsi harus berupa teks, ditemukan {found}</translation>
    </message>
    <message>
        <source>unknown option {key!r}; expected one of: {options}</source>
        <translation>opsi {key!r} tidak dikenal; seharusnya salah satu dari: {options}</translation>
    </message>
    <message>
        <source>unknown option {key!r}; did you mean {hint!r}?</source>
        <translation>opsi {key!r} tidak dikenal; maksud Anda {hint!r}?</translation>
    </message>
    <message>
        <source>unknown option {key!r}</source>
        <translation>opsi {key!r} tidak dikenal</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>wajib diisi, tetapi tidak ada</translation>
    </message>
    <message>
        <source>required, but missing; add `schema_version: {version}` at the top</source>
        <translation>wajib diisi, tetapi tidak ada; tambahkan `schema_version: {version}` di baris paling atas</translation>
    </message>
    <message>
        <source>this profile is for schema {version}, made by a newer vcdesk; this one reads up to {supported}: update vcdesk</source>
        <translation>profil ini untuk skema {version}, dibuat oleh vcdesk yang lebih baru; vcdesk ini hanya dapat membaca sampai skema {supported}: perbarui vcdesk</translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>seharusnya {expected}, ditemukan {found}</translation>
    </message>
    <message>
        <source>expected a number {sign} {bound}, found {found}</source>
        <translation>seharusnya angka {sign} {bound}, ditemukan {found}</translation>
    </message>
    <message>
        <source>expected a finite number, found {found}</source>
        <translation>seharusnya angka terhingga, ditemukan {found}</translation>
    </message>
    <message>
        <source>expected one of {allowed}, found {found}</source>
        <translation>seharusnya salah satu dari {allowed}, ditemukan {found}</translation>
    </message>
    <message>
        <source>expected {allowed}, found {found}</source>
        <translation>seharusnya {allowed}, ditemukan {found}</translation>
    </message>
    <message>
        <source>expected some text, found an empty value</source>
        <translation>seharusnya berisi teks, ditemukan nilai kosong</translation>
    </message>
    <message>
        <source>expected at least {min} characters</source>
        <translation>seharusnya paling sedikit {min} karakter</translation>
    </message>
    <message>
        <source>expected at most {max} characters, found {length}</source>
        <translation>seharusnya paling banyak {max} karakter, ditemukan {length}</translation>
    </message>
    <message>
        <source>expected host:port with a port from 1 to 65535, found {value!r}</source>
        <translation>seharusnya host:port dengan port 1 sampai 65535, ditemukan {value!r}</translation>
    </message>
    <message>
        <source>unknown time zone {value!r}; expected e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura</source>
        <translation>zona waktu {value!r} tidak dikenal; seharusnya misalnya Asia/Jakarta, Asia/Makassar, Asia/Jayapura</translation>
    </message>
    <message>
        <source>expected an http:// or https:// URL, found {value!r}</source>
        <translation>seharusnya URL http:// atau https://, ditemukan {value!r}</translation>
    </message>
    <message>
        <source>a path cannot hold a nul character, found {value!r}</source>
        <translation>jalur folder atau berkas tidak boleh berisi karakter nul, ditemukan {value!r}</translation>
    </message>
    <message>
        <source>{value!r} names the home folder of {user!r}, but this computer has no such user</source>
        <translation>{value!r} menunjuk folder beranda milik {user!r}, tetapi pengguna itu tidak ada di komputer ini</translation>
    </message>
    <message>
        <source>{value!r} is a loop of symbolic links; point it at a real folder or file</source>
        <translation>{value!r} adalah lingkaran tautan simbolik; arahkan ke folder atau berkas yang sebenarnya</translation>
    </message>
    <message>
        <source>expected a meeting kind in lowercase: a letter, then letters, digits, - or _ (at most 32), found {value!r}</source>
        <translation>seharusnya jenis rapat dalam huruf kecil: satu huruf, lalu huruf, angka, - atau _ (paling banyak 32), ditemukan {value!r}</translation>
    </message>
    <message>
        <source>{value!r} is listed twice; each meeting kind may appear only once</source>
        <translation>{value!r} tercantum dua kali; setiap jenis rapat hanya boleh muncul sekali</translation>
    </message>
    <message>
        <source>SOP items for {value!r}, which is not a meeting kind of this room; expected one of: {options} (meetings.kinds)</source>
        <translation>butir SOP untuk {value!r}, yang bukan jenis rapat ruangan ini; seharusnya salah satu dari: {options} (meetings.kinds)</translation>
    </message>
    <message>
        <source>a second licence named {value!r}; each licence needs its own name</source>
        <translation>lisensi kedua bernama {value!r}; setiap lisensi harus memiliki nama sendiri</translation>
    </message>
    <message>
        <source>expected whole rupiah written without dots or commas (e.g. 15000000), found {found}</source>
        <translation>seharusnya rupiah utuh yang ditulis tanpa titik atau koma (misalnya 15000000), ditemukan {found}</translation>
    </message>
    <message>
        <source>expected whole rupiah as a number, found text {value!r}; write {hint} (no dots, commas or Rp)</source>
        <translation>seharusnya rupiah utuh berupa angka, ditemukan teks {value!r}; tulis {hint} (tanpa titik, koma atau Rp)</translation>
    </message>
    <message>
        <source>expected a licences file (licences: and savings: lines), found {found}</source>
        <translation>seharusnya berkas lisensi (baris licences: dan savings:), ditemukan {found}</translation>
    </message>
    <message>
        <source>{detail}, found {found}</source>
        <translation>{detail}, ditemukan {found}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>a section (key: value lines)</source>
        <translation>bagian (baris kunci: nilai)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>nothing (an empty value)</source>
        <translation>nilai kosong</translation>
    </message>
    <message>
        <source>{value} (yes/no)</source>
        <translation>{value} (ya/tidak)</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>angka {value}</translation>
    </message>
    <message>
        <source>text {value!r}</source>
        <translation>teks {value!r}</translation>
    </message>
    <message>
        <source>a date ({value})</source>
        <translation>tanggal ({value})</translation>
    </message>
    <message>
        <source>a value of type {value}</source>
        <translation>nilai bertipe {value}</translation>
    </message>
    <message>
        <source>a number far too large</source>
        <translation>angka yang terlalu besar</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} atau {last}</translation>
    </message>
    <message>
        <source>found character {character} that cannot start any token</source>
        <translation>ditemukan karakter {character} yang tidak boleh mengawali unsur YAML apa pun</translation>
    </message>
    <message>
        <source>could not find expected &apos;:&apos;</source>
        <translation>tanda &apos;:&apos; setelah kunci tidak ditemukan</translation>
    </message>
    <message>
        <source>sequence entries are not allowed here</source>
        <translation>butir daftar (-) tidak diizinkan di sini</translation>
    </message>
    <message>
        <source>mapping keys are not allowed here</source>
        <translation>kunci dengan tanda &apos;?&apos; tidak diizinkan di sini</translation>
    </message>
    <message>
        <source>mapping values are not allowed here</source>
        <translation>tanda &apos;:&apos; (kunci: nilai) tidak diizinkan di sini</translation>
    </message>
    <message>
        <source>expected alphabetic or numeric character, but found {character}</source>
        <translation>seharusnya huruf atau angka, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>expected a digit or &apos;.&apos;, but found {character}</source>
        <translation>seharusnya angka atau &apos;.&apos;, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>expected a digit, but found {character}</source>
        <translation>seharusnya angka, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>expected &apos; &apos;, but found {character}</source>
        <translation>seharusnya spasi, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>expected a comment or a line break, but found {character}</source>
        <translation>seharusnya komentar atau akhir baris, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>expected chomping or indentation indicators, but found {character}</source>
        <translation>seharusnya penanda + atau - atau angka indentasi 1-9 setelah | atau &gt;, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>expected indentation indicator in the range 1-9, but found 0</source>
        <translation>angka indentasi setelah | atau &gt; harus dari 1 sampai 9, tetapi ditemukan 0</translation>
    </message>
    <message>
        <source>more indented follow up line than first in a block scalar</source>
        <translation>baris lanjutan menjorok lebih dalam daripada baris pertama teks blok</translation>
    </message>
    <message>
        <source>found unexpected end of stream</source>
        <translation>berkas berakhir sebelum waktunya</translation>
    </message>
    <message>
        <source>found unexpected document separator</source>
        <translation>ditemukan pemisah dokumen (--- atau ...) yang tidak pada tempatnya</translation>
    </message>
    <message>
        <source>found unexpected &apos;:&apos;</source>
        <translation>ditemukan &apos;:&apos; yang tidak pada tempatnya</translation>
    </message>
    <message>
        <source>expected &apos;!&apos;, but found {character}</source>
        <translation>seharusnya &apos;!&apos;, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>expected &apos;!&apos; but found {character}</source>
        <translation>seharusnya &apos;!&apos;, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>expected URI, but found {character}</source>
        <translation>seharusnya URI, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>expected &apos;&gt;&apos; but found {character}</source>
        <translation>seharusnya &apos;&gt;&apos;, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>expected URI escape sequence of 2 hexdecimal numbers, but found {character}</source>
        <translation>seharusnya 2 digit heksadesimal setelah &apos;%&apos; dalam URI, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>expected escape sequence of {number} hexdecimal numbers, but found {character}</source>
        <translation>seharusnya {number} digit heksadesimal untuk kode karakter, tetapi ditemukan {character}</translation>
    </message>
    <message>
        <source>found unknown escape character {character}</source>
        <translation>karakter {character} setelah garis miring terbalik (\) tidak dikenal</translation>
    </message>
    <message>
        <source>expected &lt;block end&gt;, but found {token}</source>
        <translation>seharusnya akhir blok, tetapi ditemukan {token}; periksa indentasinya</translation>
    </message>
    <message>
        <source>expected &apos;&lt;document start&gt;&apos;, but found ({token},)</source>
        <translation>seharusnya awal dokumen (---), tetapi ditemukan {token}</translation>
    </message>
    <message>
        <source>found non-comment content after document end marker, ({token},)</source>
        <translation>setelah penanda akhir dokumen (...) hanya boleh ada komentar, tetapi ditemukan {token}</translation>
    </message>
    <message>
        <source>found undefined tag handle {handle}</source>
        <translation>penanda tag {handle} tidak didefinisikan</translation>
    </message>
    <message>
        <source>found duplicate YAML directive</source>
        <translation>direktif %YAML muncul dua kali</translation>
    </message>
    <message>
        <source>found incompatible YAML document (version 1.* is required)</source>
        <translation>versi dokumen YAML tidak cocok (diperlukan versi 1.*)</translation>
    </message>
    <message>
        <source>duplicate tag handle {handle}</source>
        <translation>penanda tag {handle} didefinisikan dua kali</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;, but got {token}</source>
        <translation>seharusnya &apos;,&apos; atau &apos;]&apos;, tetapi ditemukan {token}</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}}&apos;, but got {token}</source>
        <translation>seharusnya &apos;,&apos; atau &apos;}}&apos;, tetapi ditemukan {token}</translation>
    </message>
    <message>
        <source>expected the node content, but found {token}</source>
        <translation>seharusnya sebuah nilai, tetapi ditemukan {token}</translation>
    </message>
    <message>
        <source>but found another document</source>
        <translation>berkas hanya boleh berisi satu dokumen, tetapi ditemukan dokumen lain</translation>
    </message>
    <message>
        <source>maximum depth of data structure exceeded ({depth}), if necessary increase YAML().max_depth</source>
        <translation>struktur data terlalu dalam ({depth} tingkat)</translation>
    </message>
    <message>
        <source>found undefined alias {alias}</source>
        <translation>alias {alias} tidak didefinisikan: tidak ada jangkar (&amp;) bernama itu sebelumnya</translation>
    </message>
    <message>
        <source>could not determine a constructor for the tag {tag}</source>
        <translation>tag {tag} tidak dikenal</translation>
    </message>
    <message>
        <source>expected a scalar node, but found {node}</source>
        <translation>seharusnya nilai tunggal, tetapi ditemukan {node}</translation>
    </message>
    <message>
        <source>expected a sequence node, but found {node}</source>
        <translation>seharusnya daftar, tetapi ditemukan {node}</translation>
    </message>
    <message>
        <source>expected a mapping node, but found {node}</source>
        <translation>seharusnya bagian (baris kunci: nilai), tetapi ditemukan {node}</translation>
    </message>
    <message>
        <source>expected a sequence, but found {node}</source>
        <translation>seharusnya daftar, tetapi ditemukan {node}</translation>
    </message>
    <message>
        <source>expected a mapping of length 1, but found {node}</source>
        <translation>seharusnya bagian dengan tepat satu kunci, tetapi ditemukan {node}</translation>
    </message>
    <message>
        <source>expected a single mapping item, but found {number} items</source>
        <translation>seharusnya tepat satu pasangan kunci: nilai, tetapi ditemukan {number}</translation>
    </message>
    <message>
        <source>failed to construct timestamp from &quot;{text}&quot;</source>
        <translation>&quot;{text}&quot; tidak dapat dibaca sebagai tanggal dan waktu</translation>
    </message>
    <message>
        <source>failed to convert base64 data into ascii: {reason}</source>
        <translation>data biner (!!binary) harus berupa teks ASCII</translation>
    </message>
    <message>
        <source>failed to decode base64 data: {reason}</source>
        <translation>data biner (!!binary) bukan base64 yang sah</translation>
    </message>
    <message>
        <source>found duplicate key &quot;{key}&quot;</source>
        <translation>kunci &quot;{key}&quot; muncul dua kali</translation>
    </message>
    <message>
        <source>found unhashable key</source>
        <translation>daftar atau bagian tidak dapat dijadikan kunci</translation>
    </message>
    <message>
        <source>found duplicate merge key &quot;&lt;&lt;&quot;</source>
        <translation>kunci gabungan &quot;&lt;&lt;&quot; muncul dua kali</translation>
    </message>
    <message>
        <source>expected a mapping or list of mappings for merging, but found {node}</source>
        <translation>penggabungan (&lt;&lt;) memerlukan bagian atau daftar bagian, tetapi ditemukan {node}</translation>
    </message>
    <message>
        <source>expected a mapping for merging, but found {node}</source>
        <translation>penggabungan (&lt;&lt;) memerlukan bagian, tetapi ditemukan {node}</translation>
    </message>
    <message>
        <source>maximum recursion depth exceeded</source>
        <translation>tanda kurung [ atau {{ bersarang terlalu dalam</translation>
    </message>
    <message>
        <source>&apos;&lt;stream start&gt;&apos;</source>
        <translation>awal berkas</translation>
    </message>
    <message>
        <source>&apos;&lt;stream end&gt;&apos;</source>
        <translation>akhir berkas</translation>
    </message>
    <message>
        <source>&apos;&lt;document start&gt;&apos;</source>
        <translation>awal dokumen (---)</translation>
    </message>
    <message>
        <source>&apos;&lt;document end&gt;&apos;</source>
        <translation>akhir dokumen (...)</translation>
    </message>
    <message>
        <source>&apos;&lt;directive&gt;&apos;</source>
        <translation>direktif (%)</translation>
    </message>
    <message>
        <source>&apos;&lt;block sequence start&gt;&apos;</source>
        <translation>awal daftar baru (-)</translation>
    </message>
    <message>
        <source>&apos;&lt;block mapping start&gt;&apos;</source>
        <translation>awal bagian baru (kunci: nilai)</translation>
    </message>
    <message>
        <source>&apos;&lt;block end&gt;&apos;</source>
        <translation>akhir blok</translation>
    </message>
    <message>
        <source>&apos;[&apos;</source>
        <translation>&apos;[&apos; (awal daftar)</translation>
    </message>
    <message>
        <source>&apos;]&apos;</source>
        <translation>&apos;]&apos; (akhir daftar)</translation>
    </message>
    <message>
        <source>&apos;{&apos;</source>
        <translation>&apos;{&apos; (awal bagian)</translation>
    </message>
    <message>
        <source>&apos;}&apos;</source>
        <translation>&apos;}&apos; (akhir bagian)</translation>
    </message>
    <message>
        <source>&apos;?&apos;</source>
        <translation>&apos;?&apos; (penanda kunci)</translation>
    </message>
    <message>
        <source>&apos;:&apos;</source>
        <translation>&apos;:&apos; (pemisah kunci dan nilai)</translation>
    </message>
    <message>
        <source>&apos;-&apos;</source>
        <translation>&apos;-&apos; (butir daftar)</translation>
    </message>
    <message>
        <source>&apos;,&apos;</source>
        <translation>&apos;,&apos; (koma)</translation>
    </message>
    <message>
        <source>&apos;&lt;alias&gt;&apos;</source>
        <translation>alias (*)</translation>
    </message>
    <message>
        <source>&apos;&lt;anchor&gt;&apos;</source>
        <translation>jangkar (&amp;)</translation>
    </message>
    <message>
        <source>&apos;&lt;tag&gt;&apos;</source>
        <translation>tag (!)</translation>
    </message>
    <message>
        <source>&apos;&lt;scalar&gt;&apos;</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>&apos;&lt;comment&gt;&apos;</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>&apos;\t&apos;</source>
        <translation>karakter tab</translation>
    </message>
    <message>
        <source>&apos; &apos;</source>
        <translation>spasi</translation>
    </message>
    <message>
        <source>&apos;\n&apos;</source>
        <translation>akhir baris</translation>
    </message>
    <message>
        <source>&apos;\r&apos;</source>
        <translation>akhir baris</translation>
    </message>
    <message>
        <source>&apos;\x00&apos;</source>
        <translation>akhir berkas</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>nilai tunggal</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>bagian (baris kunci: nilai)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Pre-meeting checklist report</source>
        <translation>Laporan Daftar Periksa Pra-Rapat</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Waktu pemeriksaan</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Standard operating procedure</source>
        <translation>Standar Operasional Prosedur (SOP)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>This room&apos;s profile lists no SOP items.</source>
        <translation>Profil ruangan ini tidak memuat butir SOP.</translation>
    </message>
    <message>
        <source>Operator&apos;s notes</source>
        <translation>Catatan operator</translation>
    </message>
    <message>
        <source>Place, date:</source>
        <translation>Tempat, tanggal:</translation>
    </message>
    <message>
        <source>Technical lead</source>
        <translation>Penanggung jawab teknis</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Save checklist report</source>
        <translation>Simpan laporan daftar periksa</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV table (*.csv)</source>
        <translation>Laporan PDF (*.pdf);;Tabel CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Laporan tidak tersimpan</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>Tidak dapat menulis %1:
%2</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Laporan tersimpan</translation>
    </message>
    <message>
        <source>The report is saved as %1</source>
        <translation>Laporan disimpan sebagai %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>The schedule file {source} does not exist: export the calendar there again, or correct schedule.ics in the room profile</source>
        <translation>Berkas jadwal {source} tidak ada: ekspor kalender ke sana lagi, atau perbaiki schedule.ics di profil ruangan</translation>
    </message>
    <message>
        <source>The schedule file {source} cannot be read ({detail})</source>
        <translation>Berkas jadwal {source} tidak dapat dibaca ({detail})</translation>
    </message>
    <message>
        <source>The room&apos;s schedule cannot be read from vcdesk&apos;s database ({detail})</source>
        <translation>Jadwal ruangan tidak dapat dibaca dari basis data vcdesk ({detail})</translation>
    </message>
    <message>
        <source>The schedule feed {source} answered HTTP {status} ({detail}): check the address in the room profile (schedule.ics), or ask whoever runs the booking system</source>
        <translation>Sumber jadwal {source} menjawab HTTP {status} ({detail}): periksa alamatnya di profil ruangan (schedule.ics), atau hubungi pengelola sistem pemesanan ruangan</translation>
    </message>
    <message>
        <source>The schedule feed {source} did not answer within {seconds}: check the network</source>
        <translation>Sumber jadwal {source} tidak menjawab dalam {seconds}: periksa jaringan</translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be reached ({detail}): check the network and the address in the room profile (schedule.ics)</source>
        <translation>Sumber jadwal {source} tidak dapat dihubungi ({detail}): periksa jaringan dan alamatnya di profil ruangan (schedule.ics)</translation>
    </message>
    <message>
        <source>The schedule feed {source} sends vcdesk on to {target}, which is not a web address (http or https): it was not followed; check schedule.ics in the room profile</source>
        <translation>Umpan jadwal {source} mengarahkan vcdesk ke {target}, yang bukan alamat web (http atau https): pengalihan tersebut tidak diikuti; periksa schedule.ics di profil ruangan</translation>
    </message>
    <message>
        <source>The schedule feed {source} is larger than {limit}: that is not a room&apos;s calendar; check schedule.ics in the room profile</source>
        <translation>Sumber jadwal {source} lebih besar dari {limit}: itu bukan kalender ruangan; periksa schedule.ics di profil ruangan</translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: the address gives a web page, not a calendar (a login page?): use the calendar&apos;s iCal/ICS export address</source>
        <translation>Sumber jadwal {source} tidak dapat dibaca: alamat itu memberikan halaman web, bukan kalender (halaman login?): gunakan alamat ekspor iCal/ICS dari kalender tersebut</translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: it is not an iCalendar file ({detail})</source>
        <translation>Sumber jadwal {source} tidak dapat dibaca: isinya bukan berkas iCalendar ({detail})</translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: it holds no VCALENDAR</source>
        <translation>Sumber jadwal {source} tidak dapat dibaca: isinya tidak memuat VCALENDAR</translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: none of its {events} events has a start time that can be read</source>
        <translation>Sumber jadwal {source} tidak dapat dibaca: tidak satu pun dari {events} acaranya memiliki waktu mulai yang dapat dibaca</translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: none of its {events} events can be used (see the events left out)</source>
        <translation>Umpan jadwal {source} tidak dapat dibaca: tidak satu pun dari {events} acaranya dapat digunakan (lihat acara yang dilewati)</translation>
    </message>
    <message>
        <source>The schedule feed {source} cannot be read: its meetings cannot be worked out ({detail})</source>
        <translation>Umpan jadwal {source} tidak dapat dibaca: rapat-rapatnya tidak dapat dihitung ({detail})</translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: it has no start time</source>
        <translation>Acara “{summary}” ({uid}) dilewati: acara ini tidak memiliki waktu mulai</translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: it has more than one start time</source>
        <translation>Acara “{summary}” ({uid}) dilewati: acara ini memiliki lebih dari satu waktu mulai</translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: its {field} cannot be read ({detail})</source>
        <translation>Acara “{summary}” ({uid}) dilewati: {field} acara ini tidak dapat dibaca ({detail})</translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: its time zone {zone} is unknown</source>
        <translation>Acara “{summary}” ({uid}) dilewati: zona waktunya, {zone}, tidak dikenal</translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: its repeat rule {rule} is not valid</source>
        <translation>Acara “{summary}” ({uid}) dilewati: aturan pengulangannya, {rule}, tidak valid</translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: it repeats {frequency}, which no meeting does</source>
        <translation>Acara “{summary}” ({uid}) dilewati: acara ini berulang {frequency}, hal yang tidak mungkin untuk sebuah rapat</translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: its repeats took longer than {seconds} to work out</source>
        <translation>Acara “{summary}” ({uid}) dilewati: penghitungan pengulangannya memerlukan waktu lebih dari {seconds}</translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) was left out: its repeats cannot be worked out ({detail})</source>
        <translation>Acara “{summary}” ({uid}) dilewati: pengulangannya tidak dapat dihitung ({detail})</translation>
    </message>
    <message>
        <source>The event “{summary}” ({uid}) repeats more than {limit} times in the days shown: only the first {limit} are used</source>
        <translation>Acara “{summary}” ({uid}) berulang lebih dari {limit} kali pada hari-hari yang ditampilkan: hanya {limit} yang pertama yang digunakan</translation>
    </message>
    <message>
        <source>The calendar has more than {limit} meetings in the days shown: only the first {limit} are used</source>
        <translation>Kalender memuat lebih dari {limit} rapat pada hari-hari yang ditampilkan: hanya {limit} yang pertama yang digunakan</translation>
    </message>
    <message>
        <source>Working out the calendar&apos;s repeating meetings took longer than {seconds}: the rest were left out</source>
        <translation>Penghitungan rapat berulang dalam kalender memerlukan waktu lebih dari {seconds}: sisanya dilewati</translation>
    </message>
    <message>
        <source>The calendar names an unknown time zone ({zone}) for its times: it was ignored, times without a zone are read as the room&apos;s</source>
        <translation>Kalender menyebut zona waktu yang tidak dikenal ({zone}) untuk waktunya: zona tersebut diabaikan, dan waktu tanpa zona dibaca menurut zona waktu ruangan</translation>
    </message>
    <message>
        <source>Give the meeting a title</source>
        <translation>Beri judul rapat</translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters</source>
        <translation>Judul lebih dari {limit} karakter</translation>
    </message>
    <message>
        <source>The meeting must end after it starts</source>
        <translation>Rapat harus selesai setelah dimulai</translation>
    </message>
    <message>
        <source>A meeting longer than {days} days is surely a typing error</source>
        <translation>Rapat yang lebih dari {days} hari pasti salah ketik</translation>
    </message>
    <message>
        <source>Only a meeting that is on now can be ended</source>
        <translation>Hanya rapat yang sedang berlangsung yang dapat diakhiri</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>another vcdesk program is using the database {path} (waited {seconds}); try again when it is done</source>
        <translation>program vcdesk lain sedang memakai basis data {path} (sudah ditunggu {seconds}); coba lagi setelah program itu selesai</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({detail}); a copy of it was saved as {backup} and nothing was deleted. Run `vcdesk database repair` to save what can still be read into a new database</source>
        <translation>basis data {path} rusak ({detail}); salinannya sudah disimpan sebagai {backup} dan tidak ada yang dihapus. Jalankan `vcdesk database repair` untuk menyelamatkan apa yang masih dapat dibaca ke basis data baru</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({detail}) and no copy of it could be saved ({reason}); nothing was deleted. Copy the file somewhere safe before anything else</source>
        <translation>basis data {path} rusak ({detail}) dan salinannya tidak dapat disimpan ({reason}); tidak ada yang dihapus. Salin berkas itu ke tempat yang aman sebelum melakukan apa pun</translation>
    </message>
    <message>
        <source>the disk that holds the database {path} is full: free some space and try again</source>
        <translation>disk tempat basis data {path} disimpan sudah penuh: kosongkan sebagian ruang lalu coba lagi</translation>
    </message>
    <message>
        <source>the database {path} is at schema version {version}, newer than this vcdesk knows ({known}): update vcdesk</source>
        <translation>basis data {path} berada pada versi skema {version}, lebih baru daripada yang dikenal vcdesk ini ({known}): perbarui vcdesk</translation>
    </message>
    <message>
        <source>the database {path} cannot be used: {detail}</source>
        <translation>basis data {path} tidak dapat dipakai: {detail}</translation>
    </message>
    <message>
        <source>there is no database at {path}: nothing to repair</source>
        <translation>tidak ada basis data di {path}: tidak ada yang perlu diperbaiki</translation>
    </message>
    <message>
        <source>the database {path} was not repaired: no copy of it could be saved ({reason}). Nothing was changed; free some space or copy the file somewhere safe first</source>
        <translation>basis data {path} tidak diperbaiki: salinannya tidak dapat disimpan ({reason}). Tidak ada yang diubah; kosongkan sebagian ruang disk atau salin dulu berkas itu ke tempat yang aman</translation>
    </message>
    <message>
        <source>the database {path} was not repaired: the new database failed its check ({detail}). Nothing was changed</source>
        <translation>basis data {path} tidak diperbaiki: basis data baru tidak lolos pemeriksaan ({detail}). Tidak ada yang diubah</translation>
    </message>
    <message>
        <source>the database {path} is sound</source>
        <translation>basis data {path} dalam keadaan baik</translation>
    </message>
    <message>
        <source>the database {path} is sound: nothing to repair</source>
        <translation>basis data {path} dalam keadaan baik: tidak ada yang perlu diperbaiki</translation>
    </message>
    <message>
        <source>The database {path} was rebuilt from what could still be read; the damaged file is kept as {backup}.</source>
        <translation>Basis data {path} sudah dibangun ulang dari apa yang masih dapat dibaca; berkas yang rusak disimpan sebagai {backup}.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file: the new database is empty. Recordings and converted files on disk are untouched.</source>
        <translation>Tidak ada yang dapat dibaca dari berkas yang rusak: basis data baru masih kosong. Rekaman dan berkas hasil konversi di disk tidak disentuh.</translation>
    </message>
    <message>
        <source>{table}: {saved} saved</source>
        <translation>{table}: {saved} terselamatkan</translation>
    </message>
    <message>
        <source>{table}: {saved} saved, {lost} lost</source>
        <translation>{table}: {saved} terselamatkan, {lost} hilang</translation>
    </message>
    <message>
        <source>{table}: {saved} saved, some could not be read</source>
        <translation>{table}: {saved} terselamatkan, sebagian tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Conversions that were running and will run again: {count}</source>
        <translation>Konversi yang sedang berjalan dan akan dijalankan lagi: {count}</translation>
    </message>
    <message>
        <source>Restored from the archive&apos;s sidecars. Meeting records: {meetings}; changes to them: {changes}; recordings: {recordings}; finished conversions: {jobs}</source>
        <translation>Dipulihkan dari berkas pendamping arsip. Catatan rapat: {meetings}; perubahannya: {changes}; rekaman: {recordings}; konversi selesai: {jobs}</translation>
    </message>
    <message>
        <source>The archive&apos;s sidecars hold nothing the database lacks (sidecars read: {count})</source>
        <translation>Berkas pendamping arsip tidak memuat apa pun yang tidak ada di basis data (berkas pendamping terbaca: {count})</translation>
    </message>
    <message>
        <source>Meeting #{old} came back as #{new}: its number now belongs to another meeting</source>
        <translation>Rapat #{old} dipulihkan sebagai #{new}: nomornya kini dipakai rapat lain</translation>
    </message>
    <message>
        <source>Recording #{old} came back as #{new}: its number now belongs to another recording</source>
        <translation>Rekaman #{old} dipulihkan sebagai #{new}: nomornya kini dipakai rekaman lain</translation>
    </message>
    <message>
        <source>Restored recordings whose archived file is missing or changed: {count} (`vcdesk archive verify` names them)</source>
        <translation>Rekaman yang dipulihkan tetapi berkas arsipnya hilang atau berubah: {count} (`vcdesk archive verify` menyebutkannya)</translation>
    </message>
    <message>
        <source>Sidecars that could not be read and were skipped: {count}</source>
        <translation>Berkas pendamping yang tidak dapat dibaca dan dilewati: {count}</translation>
    </message>
    <message>
        <source>No archive sidecars were found in: {folders}</source>
        <translation>Tidak ditemukan berkas pendamping arsip di: {folders}</translation>
    </message>
    <message>
        <source>Nothing was restored from the archive&apos;s sidecars: {problem}</source>
        <translation>Tidak ada yang dipulihkan dari berkas pendamping arsip: {problem}</translation>
    </message>
    <message>
        <source>conversion jobs</source>
        <translation>tugas konversi</translation>
    </message>
    <message>
        <source>queue settings</source>
        <translation>pengaturan antrean</translation>
    </message>
    <message>
        <source>files seen in watch folders</source>
        <translation>berkas yang terlihat di folder pantauan</translation>
    </message>
    <message>
        <source>checklist runs (history)</source>
        <translation>pemeriksaan daftar periksa (riwayat)</translation>
    </message>
    <message>
        <source>checklist results</source>
        <translation>hasil daftar periksa</translation>
    </message>
    <message>
        <source>meetings added in the console</source>
        <translation>rapat yang ditambahkan di konsol</translation>
    </message>
    <message>
        <source>conversion speed records</source>
        <translation>catatan kecepatan konversi</translation>
    </message>
    <message>
        <source>meetings ended early</source>
        <translation>rapat yang diakhiri lebih awal</translation>
    </message>
    <message>
        <source>meeting records</source>
        <translation>catatan rapat</translation>
    </message>
    <message>
        <source>changes to meeting records</source>
        <translation>riwayat perubahan catatan rapat</translation>
    </message>
    <message>
        <source>meeting recordings</source>
        <translation>rekaman rapat</translation>
    </message>
</context>
</TS>
