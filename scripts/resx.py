#!/usr/bin/env python3
"""Adds or updates text resources in a .resx file: resx.py FILE KEY=VALUE ... (keeps existing entries, sorted)."""
import sys
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def load(path):
    try:
        tree = ET.parse(path)
    except FileNotFoundError:
        return {}
    return {d.get("name"): (d.find("value").text or "") for d in tree.getroot().findall("data")}


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def save(path, entries):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for key in sorted(entries):
            f.write(f'  <data name="{key}" xml:space="preserve"><value>{escape(entries[key])}</value></data>\n')
        f.write("</root>\n")


if __name__ == "__main__":
    path, pairs = sys.argv[1], sys.argv[2:]
    entries = load(path)
    for pair in pairs:
        key, _, value = pair.partition("=")
        entries[key] = value.replace("\\n", "\n")
    save(path, entries)
