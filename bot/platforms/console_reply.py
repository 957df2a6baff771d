"""Neutral replies (:class:`bot.commands.Reply`) as plain console text.

The console has no buttons: choices print as numbered lines with the command that picks them, other
buttons and paging as the command line to type, so everything a button does stays reachable.
"""

from __future__ import annotations

from bot.commands.reply import Button, Item, Reply, Section, Tone

_MARK = {Tone.INFO: "", Tone.SUCCESS: "✓ ", Tone.ERROR: "✗ "}


def _item_lines(item: Item) -> list[str]:
    lines = [f"  • {item.title}"]
    lines += [f"      {line}" for line in item.lines]
    if item.link is not None:
        lines.append(f"      {item.link.url}")
    lines += [f"      [{b.label}: rumourbot command {b.action.text}]" for b in item.buttons]
    return lines


def _section_lines(section: Section) -> list[str]:
    lines = [section.heading] if section.heading else []
    lines += [f"  {line}" for line in section.lines]
    for item in section.items:
        lines += _item_lines(item)
    return lines


def _button_line(button: Button) -> str:
    return f"  {button.label}: rumourbot command {button.action.text}"


def reply_text(reply: Reply) -> str:
    """The reply as lines of text, ending with a newline."""
    lines = [f"{_MARK[reply.tone]}{reply.title}"]
    lines += [f"  {line}" for line in reply.lines]
    for section in reply.sections:
        lines += _section_lines(section)
    for number, choice in enumerate(reply.choices, 1):
        lines.append(f"  {number}. {choice.label}  (rumourbot command {choice.action.text})")
    lines += [_button_line(button) for button in reply.buttons]
    if reply.page is not None:
        page = reply.page
        lines.append(f"  page {page.number} of {page.count}")
        if page.previous is not None:
            lines.append(f"  previous: rumourbot command {page.previous.text}")
        if page.next is not None:
            lines.append(f"  next: rumourbot command {page.next.text}")
    return "\n".join(lines) + "\n"
