#!/usr/bin/env python3
"""Where a turn's CPU goes, from `perf script` output of a bench run (bench/README.md, "Where a turn's CPU goes").

Usage: perf script -i perf.data -F comm,ip,sym,dso | python3 bench/turn-profile.py CPU_MS_PER_TURN

Each sample goes to the part of the bot nearest its leaf: the stack is read from the leaf up and the first frame that
names a part wins. libc has no frame pointers, so a system call made through it loses its callers; those samples are
sorted by the call instead (sendto/recvfrom: network; openat, mkdir, rename, unlink, stat: the blob files, since SQLite
keeps its pooled connections open; pwrite, pread, fsync, fcntl: SQLite). Shares are of all samples of the process;
milliseconds are the share of the CPU time per turn the bench printed for the same run.
"""
import collections
import re
import sys

PARTS = [
    ("storage: SQLite", r"e_sqlite3|Pixfra\.Rma\.Storage\.Sqlite|Microsoft\.Data\.Sqlite"),
    ("storage: state JSON", r"Pixfra\.Rma\.Storage\.Json"),
    ("storage: blob files", r"FileSystemBlobStore"),
    ("load generator (the Teams client's part)", r"\[Pixfra\.Rma\.(Bench|Testing)\]|Faults\.Tests"),
    ("cards", r"\[Pixfra\.Rma\.Cards\]"),
    ("flow and evidence", r"\[Pixfra\.Rma\.(Conversations|Domain|Evidence)\]"),
    ("protocol and bot host", r"\[Pixfra\.Rma\.(Protocol|Bot)\]"),
    ("HTTP server (Kestrel, ASP.NET Core, its telemetry)", r"Kestrel|AspNetCore|OpenTelemetry"),
    ("HTTP client", r"System\.Net\.Http"),
    ("sockets and epoll", r"System\.Net\.Sockets|epoll"),
    ("thread pool", r"ThreadPool|LowLevelLifoSemaphore"),
    ("async machinery", r"AsyncTaskMethodBuilder|AsyncMethodBuilderCore|ExecutionContext|RunContinuations|TrySetResult|SemaphoreSlim"),
]
SYSCALLS = {
    "sendto": "network system calls", "recvfrom": "network system calls",
    "openat": "storage: blob files", "mkdir": "storage: blob files", "rename": "storage: blob files",
    "unlink": "storage: blob files", "newlstat": "storage: blob files", "newstat": "storage: blob files",
    "pwrite64": "storage: SQLite", "pread64": "storage: SQLite", "fsync": "storage: SQLite", "fcntl": "storage: SQLite",
}


def part_of(thread, frames):
    if thread.startswith(".NET Tiered"):
        return "JIT (tiered compilation thread)"
    if thread.startswith(".NET Server GC") or thread.startswith(".NET BGC"):
        return "GC threads"
    in_json = False
    for frame in frames:
        call = re.search(r"__(?:x64|do)_sys_(\w+)", frame)
        if call and call.group(1) in SYSCALLS:
            return SYSCALLS[call.group(1)]
        if "kernel" in frame:
            continue
        in_json = in_json or "System.Text.Json" in frame
        for name, pattern in PARTS:
            if re.search(pattern, frame):
                # The state store serialises the state itself: its JSON is the state's JSON, not SQLite's work.
                return "storage: state JSON" if in_json and name.startswith("storage") else name
    leaf = frames[0]
    if "libc.so" in leaf and ("__send" in leaf or "__libc_recv" in leaf):
        return "network system calls"
    if "libc.so" in leaf and any(c in leaf for c in ("pwrite", "pread", "fcntl", "fsync")):
        return "storage: SQLite"
    if "libcoreclr" in leaf or "memset" in leaf:
        return "runtime (allocation, stubs)"
    if "kernel" in leaf:
        return "kernel, other (interrupts, scheduling)"
    return "other"


def main():
    cpu_ms_per_turn = float(sys.argv[1])
    parts = collections.Counter()
    for sample in sys.stdin.read().split("\n\n"):
        lines = sample.strip().split("\n")
        if len(lines) >= 2:
            parts[part_of(lines[0].strip(), [line.strip() for line in lines[1:]])] += 1
    total = sum(parts.values())
    print("| part | share of the samples | ms per turn |")
    print("|---|---|---|")
    for name, count in parts.most_common():
        print(f"| {name} | {100 * count / total:.1f} % | {cpu_ms_per_turn * count / total:.2f} |")


if __name__ == "__main__":
    main()
