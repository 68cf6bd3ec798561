#!/usr/bin/env python3
"""A full turn of a live exercise in real headless Chromium (selenium with Debian's
chromium-driver): two leaders and an intermediary, each in a browser of its own, exchange a
private message through the pages, decide with the decision form, and see the adjudicated week
arrive by live update; an observer's page shows none of the private messages; the umpire
injects a market shock with its form and adjudicates the next turn. No page may log a console
error. Run by .ci/run; locally:

    python3 scripts/check_browser.py .build/debug/backchannel [screenshot.png]
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

SECRET = "we could cut by half if they move first"
RELAYED = "Washington may cut by half"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(base, path, token=None, body=None, method=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, headers=headers, method=method)
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read() or b"null")


def browser(profile):
    o = webdriver.ChromeOptions()
    o.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=430,2400",
                 "--user-data-dir=" + profile):
        o.add_argument(flag)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=o)


def text(d):
    return d.find_element(By.TAG_NAME, "body").text


def wait_text(d, fragment, what, timeout=30):
    try:
        WebDriverWait(d, timeout, poll_frequency=0.1).until(lambda d: fragment in text(d))
    except Exception:
        raise SystemExit(f"check_browser: {what}: \"{fragment}\" never appeared; the page shows:\n{text(d)[:1500]}")


def post(d, room, message):
    box = d.find_element(By.CSS_SELECTOR, f'[data-room="{room}"] input')
    box.send_keys(message)
    d.find_element(By.CSS_SELECTOR, f'[data-room="{room}"] button').click()


def console_errors(d):
    return [e for e in d.get_log("browser") if e["level"] == "SEVERE"]


def main():
    binary = sys.argv[1]
    screenshot = sys.argv[2] if len(sys.argv) > 2 else None
    work = tempfile.mkdtemp()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([binary, "serve", "--db", os.path.join(work, "ex.db"), "--port", str(port), "--posterior", "none"],
                              stdout=open(os.path.join(work, "serve.log"), "w"), stderr=subprocess.STDOUT)
    drivers = {}
    try:
        for _ in range(200):
            try:
                api(base, "/api/health")
                break
            except Exception:
                time.sleep(0.1)
        created = api(base, "/api/exercises", body={"scenario": "us-china-2025", "seed": 8, "turn_minutes": 30})
        ex = created["id"]
        links = {s["role"]: base + s["link"] for s in created["seats"]}
        tokens = {s["role"]: s["token"] for s in created["seats"]}
        seats = ["leader:USA", "leader:CHN", "intermediary:john-thornton", "observer"]
        for seat in seats:  # one browser (its own profile: its own context) per seat
            drivers[seat] = browser(os.path.join(work, seat.replace(":", "-")))
            drivers[seat].get(links[seat])
        usa, chn, thornton, observer = (drivers[s] for s in seats)
        for seat in seats:
            wait_text(drivers[seat], seat, f"{seat} page")
        for seat, name in (("leader:USA", "Ana"), ("leader:CHN", "Bo"), ("intermediary:john-thornton", "Cy")):
            d = drivers[seat]
            d.find_element(By.ID, "player").send_keys(name)
            d.find_element(By.ID, "take").click()
            wait_text(d, f"({name})", f"{seat} taking the seat")

        # The private line: USA → Thornton → CHN, each by typing into its page.
        post(usa, "private:john-thornton:USA", SECRET)
        wait_text(thornton, SECRET, "the intermediary receiving the leader's message")
        post(thornton, "private:john-thornton:CHN", RELAYED)
        wait_text(chn, RELAYED, "China receiving the relayed message")

        # Both leaders decide with the form; the second decision closes the turn.
        Select(usa.find_element(By.CSS_SELECTOR, "#form [name=statement]")).select_by_visible_text("conciliatory")
        Select(usa.find_element(By.CSS_SELECTOR, "#form [name=tariff_mode]")).select_by_value("hold")
        sent = json.loads(usa.find_element(By.ID, "moves").get_attribute("value"))
        assert sent == {"statement": "conciliatory", "tariff_move": "hold"}, sent
        usa.find_element(By.ID, "send").click()
        wait_text(usa, "sent: ", "USA's decision acknowledged")
        Select(chn.find_element(By.CSS_SELECTOR, "#form [name=tariff_mode]")).select_by_value("set")
        chn.find_element(By.CSS_SELECTOR, "#form [name=tariff]").send_keys("84")
        chn.find_element(By.ID, "send").click()
        for seat in seats:  # the adjudicated week reaches every page by live update
            wait_text(drivers[seat], "week 1 of", f"{seat} seeing the adjudicated week")
        wait_text(usa, "conciliatory", "USA seeing its statement on the record")
        for seat in ("leader:USA", "leader:CHN"):
            charts = drivers[seat].find_elements(By.CSS_SELECTOR, "#charts svg")
            assert len(charts) >= 2, f"{seat}: {len(charts)} charts"

        # The observer sees the public week and nothing said in private (nothing leaked).
        board = api(base, f"/api/exercises/{ex}/board", token=tokens["observer"])
        assert not board["board"]["exposed"], f"a leak exposed the rooms (seed 8 should not): {board['board']['exposed']}"
        seen = text(observer) + observer.page_source
        for secret in (SECRET, RELAYED):
            assert secret not in seen, f"the observer's page shows a private message: {secret}"
        assert "conciliatory" in seen, "the observer's page misses the public record"

        # The umpire (in the observer's browser, now on the umpire's link) injects a market shock
        # with the form and adjudicates the next turn.
        observer.get(links["umpire"])
        wait_text(observer, "Inject an event", "the umpire's page")
        Select(observer.find_element(By.CSS_SELECTOR, "#inject [name=kind]")).select_by_visible_text("market_shock")
        Select(observer.find_element(By.CSS_SELECTOR, "#inject [name=actor]")).select_by_value("CHN")
        observer.find_element(By.CSS_SELECTOR, "#inject [name=pain]").send_keys("3")
        observer.find_element(By.CSS_SELECTOR, "#inject [name=name]").send_keys("bond sell-off")
        observer.find_element(By.ID, "doinject").click()
        wait_text(chn, "The umpire injects an event", "China seeing the umpire's notice")
        observer.find_element(By.CSS_SELECTOR, '#umpire [data-action="adjudicate"]').click()
        wait_text(chn, "market shock (bond sell-off)", "China seeing the shock in week 1")
        wait_text(usa, "week 2 of", "USA seeing week 2")

        errors = {seat: console_errors(d) for seat, d in drivers.items()}
        errors = {k: v for k, v in errors.items() if v}
        assert not errors, f"console errors: {errors}"
        if screenshot:
            chn.save_screenshot(screenshot)
        print(f"check_browser: 4 browsers; private message relayed USA → john-thornton → CHN; week 1 adjudicated on every page; "
              f"the observer saw no private message; the umpire's market shock played in week 1; no console error")
    finally:
        for d in drivers.values():
            d.quit()
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
