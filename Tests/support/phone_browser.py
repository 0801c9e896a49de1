"""A person on a phone, in a real browser: headless Chromium at 360x740 with a Spanish
Accept-Language (or, with "screen": "desktop", a 1280x800 window), driven by Selenium against a
running Puente. It walks the pages the plan on stdin names, fills and submits their forms as a
person would (no script of the site's own is needed: the page must have none), and reports on
stdout, as JSON, what it saw on each page: the text, the links, the width, where the content
starts, the menu, checkbox columns, and axe-core's WCAG 2.2 A/AA violations. The Swift test
decides what is right; this only looks.

Plan: {"base": "http://127.0.0.1:PORT", "screen": "phone", "steps": [step, ...]} where a step is
  {"open": "/path"}                               load a page
  {"tap": "css selector"}                         tap an element that opens something in place
  {"attach": "/path/to/file", "to": "name"}       choose a file for the file input `name`
  {"press": "css selector"}                       press a button that leads to another page
  {"fill": {"name": "value"}, "submit": "name"}   set fields (text, select, checkbox), then
                                                  press the form's submit button holding
                                                  the field `submit` names
"""

import json
import os
import sys

import axe_playwright_python
from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE_SOURCE = open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")).read()


def browser(screen="phone"):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-extensions", "--no-first-run"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "es-MX,es"})
    if screen == "desktop":
        options.add_argument("--window-size=1280,800")
    else:
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 3.0, "touch": True, "mobile": True},
            "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
                         "Chrome/126.0 Mobile Safari/537.36",
        })
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def fill(driver, fields):
    for name, value in fields.items():
        element = driver.find_element(By.NAME, name)
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        elif element.get_attribute("type") in ("checkbox", "radio"):
            for box in driver.find_elements(By.NAME, name):
                if (box.get_attribute("value") == value) != box.is_selected():
                    box.click()
        else:
            element.clear()
            element.send_keys(value)


def submit(driver, field):
    form = driver.find_element(By.NAME, field).find_element(By.XPATH, "ancestor::form")
    press(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit],button:not([type])"))


def press(driver, button):
    """Presses the button and waits for the next page, as a person waits for it to load."""
    driver.execute_script("window.puenteBefore = true")
    button.click()
    # A new page has a new window object, without the mark.
    try:
        WebDriverWait(driver, 30, ignored_exceptions=[WebDriverException]).until(lambda d: d.execute_script(
            "return window.puenteBefore === undefined && document.readyState === 'complete'"))
    except TimeoutException:
        # A page wider than the phone is drawn zoomed out, and a tap then lands beside the button.
        width, screen = driver.execute_script("return [document.documentElement.scrollWidth, screen.width]")
        raise TimeoutException(f"no new page after pressing {button.get_attribute('outerHTML')[:200]} on "
                               f"{driver.current_url}, laid out {width} px wide on a {screen} px screen")


def audit(driver):
    driver.execute_script(AXE_SOURCE)
    violations = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
          .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                                 targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
          .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
        """, WCAG_TAGS)
    return violations


def look(driver):
    state = driver.execute_script(
        """
        const main = document.querySelector('main');
        return {
          path: location.pathname + location.search,
          lang: document.documentElement.lang,
          title: document.title,
          text: main ? main.innerText : document.body.innerText,
          links: Array.from(document.querySelectorAll('main a')).map(a => a.getAttribute('href')),
          headings: Array.from(document.querySelectorAll('main h2')).map(h => h.innerText),
          scripts: document.scripts.length,
          viewport: window.innerWidth,
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          hash: location.hash,
          mainTop: main ? Math.round(main.getBoundingClientRect().top + window.scrollY) : 0,
          menuButtonVisible: Array.from(document.querySelectorAll('header summary')).some(e => e.checkVisibility()),
          columns: Object.fromEntries(Array.from(document.querySelectorAll('fieldset.choices')).map(f =>
            [f.id, new Set(Array.from(f.querySelectorAll('label')).filter(l => l.checkVisibility())
              .map(l => Math.round(l.getBoundingClientRect().left))).size])),
          navLinksVisible: Array.from(document.querySelectorAll('header nav a')).filter(a => a.checkVisibility()).length,
          panelClass: document.querySelector('main .panel') ? document.querySelector('main .panel').className : null,
          panelColor: document.querySelector('main .panel') ? getComputedStyle(document.querySelector('main .panel')).backgroundColor : null,
          warningButtons: Array.from(document.querySelectorAll('main .button-warning')).filter(b => b.checkVisibility()).length,
          anchorTop: location.hash && document.getElementById(location.hash.slice(1))
            ? Math.round(document.getElementById(location.hash.slice(1)).getBoundingClientRect().top) : null,
        };
        """)
    state["violations"] = audit(driver)
    return state


def main():
    plan = json.load(sys.stdin)
    driver = browser(plan.get("screen", "phone"))
    pages = []
    try:
        for step in plan["steps"]:
            if "capture" in step:
                # Screenshots for docs/screenshots/ (scripts/screenshots); a walk in the tests skips them.
                folder = os.environ.get("PUENTE_SCREENSHOTS")
                if folder:
                    os.makedirs(folder, exist_ok=True)
                    driver.save_screenshot(os.path.join(folder, step["capture"] + ".png"))
                continue
            if "open" in step:
                driver.get(plan["base"] + step["open"])
            elif "tap" in step:
                driver.find_element(By.CSS_SELECTOR, step["tap"]).click()
            elif "press" in step:
                press(driver, driver.find_element(By.CSS_SELECTOR, step["press"]))
            elif "attach" in step:
                driver.find_element(By.NAME, step["to"]).send_keys(step["attach"])
            else:
                fill(driver, step.get("fill", {}))
                submit(driver, step["submit"])
            pages.append(look(driver))
    finally:
        driver.quit()
    json.dump({"pages": pages}, sys.stdout)


if __name__ == "__main__":
    main()
