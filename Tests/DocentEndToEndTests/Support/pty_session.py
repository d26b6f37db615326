#!/usr/bin/env python3
"""Drive a program under a real pseudo-terminal, the way a person at a terminal would.

Reads one JSON object on standard input:

    {
      "argv": ["/path/to/docent", "--knowledge", "..."],   # program and arguments
      "env": {"LANG": "C.UTF-8"},          # the child's whole environment (TERM defaults to xterm)
      "cwd": "/some/folder",               # optional working directory
      "rows": 24, "cols": 100,             # optional window size
      "timeout": 15,                       # optional default seconds for each wait
      "steps": [
        {"send": "Who is Dim"},            # type text (key bytes too: "\t", "\u001b[A", "\u0003")
        {"expect": "docent> "},            # wait until the output, after the previous match,
                                           # contains this text (escape sequences removed)
        {"expect_screen": "docent> Who"},  # wait until a line of the emulated screen contains it
        {"expect_line": "docent> Who is"}, # wait until a screen line is exactly this (trailing
                                           # spaces ignored)
        {"wait_editing": true},            # wait until the program reads keys in raw mode (echo
                                           # and canonical mode off), as a line editor does once
                                           # its prompt is up; keys sent earlier are echoed by the
                                           # terminal, then again by the editor
        {"sleep": 0.2},                    # pause
        {"signal": 1},                     # send the program a signal (1: SIGHUP)
        {"wait_exit": true}                # wait for the program to end
      ]
    }

Writes one JSON object on standard output:

    {"ok": true|false, "error": null|"why it failed", "output": "text without escapes",
     "screen": ["row 1", ...], "exit_status": 0|null, "signal": null|9}

and exits 0 when every step succeeded and the program ended, 1 otherwise. A program still
running after the steps gets the timeout to end, then SIGKILL. The program starts with no
blocked signals and default signal actions, as a shell would start it.
"""

import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and two-byte escapes (ESC x).
ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_=>78]")


def strip_escapes(text):
    """The text without terminal escape sequences, carriage returns and bells."""
    return ESCAPE.sub("", text).replace("\r", "").replace("\x07", "")


class Screen:
    """A minimal VT100/xterm screen: enough for line editors' cursor moves and erases."""

    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.lines = [[" "] * cols for _ in range(rows)]
        self.row = self.col = 0
        self.pending = ""

    def text(self):
        return ["".join(line).rstrip() for line in self.lines]

    def feed(self, data):
        data = self.pending + data
        self.pending = ""
        i = 0
        while i < len(data):
            ch = data[i]
            if ch == "\x1b":
                match = ESCAPE.match(data, i)
                if match is None:
                    if len(data) - i < 64:  # an escape sequence split across reads
                        self.pending = data[i:]
                        return
                    i += 1
                    continue
                self.escape(match.group(0))
                i = match.end()
                continue
            self.char(ch)
            i += 1

    def char(self, ch):
        if ch == "\r":
            self.col = 0
        elif ch == "\n":
            self.line_feed()
        elif ch == "\b":
            self.col = max(0, self.col - 1)
        elif ch == "\t":
            self.col = min(self.cols - 1, (self.col // 8 + 1) * 8)
        elif ch >= " ":
            if self.col >= self.cols:
                self.col = 0
                self.line_feed()
            self.lines[self.row][self.col] = ch
            self.col += 1

    def line_feed(self):
        if self.row == self.rows - 1:
            self.lines.pop(0)
            self.lines.append([" "] * self.cols)
        else:
            self.row += 1

    def escape(self, sequence):
        if not sequence.startswith("\x1b["):
            return
        final = sequence[-1]
        params = [int(p) if p.isdigit() else 0 for p in sequence[2:-1].lstrip("?").split(";")]
        n = max(1, params[0])
        if final == "A":
            self.row = max(0, self.row - n)
        elif final == "B":
            self.row = min(self.rows - 1, self.row + n)
        elif final == "C":
            self.col = min(self.cols - 1, self.col + n)
        elif final == "D":
            self.col = max(0, min(self.col, self.cols - 1) - n)
        elif final == "G":
            self.col = min(self.cols - 1, n - 1)
        elif final in "Hf":
            row = params[0] if params[0] else 1
            col = params[1] if len(params) > 1 and params[1] else 1
            self.row, self.col = min(self.rows, row) - 1, min(self.cols, col) - 1
        elif final == "K":
            self.erase_line(params[0])
        elif final == "J":
            self.erase_screen(params[0])
        elif final == "P":
            line = self.lines[self.row]
            del line[self.col : self.col + n]
            line.extend([" "] * (self.cols - len(line)))
        elif final == "@":
            line = self.lines[self.row]
            line[self.col : self.col] = [" "] * n
            del line[self.cols :]

    def erase_line(self, mode):
        line = self.lines[self.row]
        start, end = {0: (self.col, self.cols), 1: (0, self.col + 1)}.get(mode, (0, self.cols))
        line[start:end] = [" "] * (min(end, self.cols) - start)

    def erase_screen(self, mode):
        self.erase_line(mode)
        rows = range(self.row + 1, self.rows) if mode == 0 else range(0, self.row)
        if mode >= 2:
            rows = range(self.rows)
        for row in rows:
            self.lines[row] = [" "] * self.cols


class Session:
    """One program on a pseudo-terminal, its collected output and its screen."""

    def __init__(self, spec):
        self.rows = spec.get("rows", 24)
        self.cols = spec.get("cols", 100)
        self.timeout = spec.get("timeout", 15)
        self.raw = b""
        self.screen = Screen(self.rows, self.cols)
        self.decoder_tail = b""
        self.matched_up_to = 0
        self.status = None
        self.pid, self.fd = self.spawn(spec)

    def spawn(self, spec):
        env = dict(spec.get("env", {}))
        env.setdefault("TERM", "xterm")
        pid, fd = pty.fork()
        if pid == 0:  # the child: its controlling terminal is the pty
            try:
                reset_signals()
                size = struct.pack("HHHH", self.rows, self.cols, 0, 0)
                fcntl.ioctl(0, termios.TIOCSWINSZ, size)
                if spec.get("cwd"):
                    os.chdir(spec["cwd"])
                os.execve(spec["argv"][0], spec["argv"], env)
            except BaseException as error:  # noqa: BLE001 - report anything, then leave
                os.write(2, f"pty_session: cannot start {spec['argv'][0]}: {error}\n".encode())
            os._exit(127)
        return pid, fd

    def text(self):
        return strip_escapes(self.raw.decode("utf-8", "replace"))

    def read_some(self, seconds):
        """Reads what the program wrote within `seconds`; False once the terminal closed."""
        ready, _, _ = select.select([self.fd], [], [], max(0, seconds))
        if not ready:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: every process holding the terminal has ended
            data = b""
        if not data:
            return False
        self.raw += data
        chunk = self.decoder_tail + data
        cut = utf8_complete_length(chunk)
        self.decoder_tail = chunk[cut:]
        self.screen.feed(chunk[:cut].decode("utf-8", "replace"))
        return True

    def wait_for(self, found, seconds):
        """Reads until `found()` is true; False when the time ran out or the terminal closed."""
        deadline = time.monotonic() + seconds
        while True:
            if found():
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self.read_some(min(remaining, 0.1)):
                return found()

    def expect(self, text, seconds):
        def found():
            position = self.text().find(text, self.matched_up_to)
            if position < 0:
                return False
            self.matched_up_to = position + len(text)
            return True

        return self.wait_for(found, seconds)

    def expect_screen(self, text, seconds):
        return self.wait_for(lambda: any(text in line for line in self.screen.text()), seconds)

    def expect_line(self, text, seconds):
        wanted = text.rstrip()
        return self.wait_for(lambda: wanted in self.screen.text(), seconds)

    def wait_editing(self, seconds):
        def raw():
            local_modes = termios.tcgetattr(self.fd)[3]
            return local_modes & (termios.ECHO | termios.ICANON) == 0

        return self.wait_for(raw, seconds)

    def send(self, text):
        os.write(self.fd, text.encode("utf-8"))

    def poll_exit(self):
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status = status
        return self.status is not None

    def wait_exit(self, seconds):
        deadline = time.monotonic() + seconds
        while not self.poll_exit():
            if time.monotonic() > deadline:
                return False
            if not self.read_some(0.05):
                time.sleep(0.02)
        while self.read_some(0.05):  # collect what is left
            pass
        return True

    def kill(self):
        if not self.poll_exit():
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)

    def run(self, steps):
        """Runs the steps; the reason of the first failure, or None."""
        for number, step in enumerate(steps, 1):
            seconds = step.get("timeout", self.timeout)
            if "send" in step:
                self.send(step["send"])
            elif "sleep" in step:
                time.sleep(step["sleep"])
            elif "signal" in step:
                os.kill(self.pid, step["signal"])
            elif "expect" in step:
                if not self.expect(step["expect"], seconds):
                    return f"step {number}: no {step['expect']!r} in the output within {seconds}s"
            elif "expect_screen" in step:
                if not self.expect_screen(step["expect_screen"], seconds):
                    return f"step {number}: no {step['expect_screen']!r} on screen within {seconds}s"
            elif "expect_line" in step:
                if not self.expect_line(step["expect_line"], seconds):
                    return f"step {number}: no screen line {step['expect_line']!r} within {seconds}s"
            elif "wait_editing" in step:
                if not self.wait_editing(seconds):
                    return f"step {number}: the terminal was not in raw mode within {seconds}s"
            elif "wait_exit" in step:
                if not self.wait_exit(seconds):
                    return f"step {number}: the program did not end within {seconds}s"
            else:
                return f"step {number}: unknown step {step!r}"
        if not self.wait_exit(self.timeout):
            return f"the program did not end within {self.timeout}s after the last step"
        return None

    def report(self, error):
        status = self.status
        return {
            "ok": error is None,
            "error": error,
            "output": self.text(),
            "screen": self.screen.text(),
            "exit_status": os.WEXITSTATUS(status) if status is not None and os.WIFEXITED(status) else None,
            "signal": os.WTERMSIG(status) if status is not None and os.WIFSIGNALED(status) else None,
        }


def reset_signals():
    """Unblocks every signal and restores default actions (Python ignores SIGPIPE, and a parent
    such as a test runner may block SIGINT and SIGWINCH); exec keeps both."""
    signal.pthread_sigmask(signal.SIG_SETMASK, set())
    for number in (signal.SIGINT, signal.SIGQUIT, signal.SIGPIPE, signal.SIGTSTP,
                   signal.SIGTTIN, signal.SIGTTOU, signal.SIGWINCH, signal.SIGXFSZ):
        signal.signal(number, signal.SIG_DFL)


def utf8_complete_length(data):
    """The length of the longest prefix of `data` that does not end inside a UTF-8 character."""
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte & 0xC0 == 0x80:
            continue  # a continuation byte: look further back for the lead byte
        if byte & 0x80 == 0:
            return len(data)
        needed = 2 if byte & 0xE0 == 0xC0 else 3 if byte & 0xF0 == 0xE0 else 4
        return len(data) if back >= needed else len(data) - back
    return len(data)


def main():
    spec = json.load(sys.stdin)
    session = Session(spec)
    try:
        error = session.run(spec.get("steps", []))
    except Exception as problem:  # noqa: BLE001 - report it with the output so far
        error = f"driver error: {problem!r}"
    if error is not None:
        session.kill()
    json.dump(session.report(error), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0 if error is None else 1


if __name__ == "__main__":
    sys.exit(main())
