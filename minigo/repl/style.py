"""The REPL's colours: a palette for dark terminals, one for light ones, and
one readable on both for when the background is unknown; how the
background is found (`--color`, NO_COLOR, COLORFGBG, prompt_toolkit's colour
depth); and errors drawn with their source line and a caret under the
column.

Colours use the 16 ANSI colours, which the terminal's own theme maps, and
each palette avoids the ones that vanish on its background (yellow and cyan
on white, blue on black).
"""
from __future__ import annotations

import os

CHOICES = ('auto', 'dark', 'light', 'never')

RESET = '\x1b[0m'
_SGR = {
    'red': '31', 'green': '32', 'yellow': '33', 'blue': '34', 'magenta': '35', 'cyan': '36',
    'brightblack': '90', 'brightred': '91', 'brightgreen': '92', 'brightyellow': '93',
    'brightblue': '94', 'brightmagenta': '95', 'brightcyan': '96', 'bold': '1',
}

# role -> colour (output) / prompt_toolkit style (the input's highlighting)
PALETTES = {
    'dark': {
        'error': 'brightred', 'caret': 'brightred bold', 'note': 'brightcyan', 'comment': 'brightblack',
        'pygments.keyword': 'ansibrightmagenta', 'pygments.name.builtin': 'ansibrightcyan',
        'pygments.literal.string': 'ansibrightgreen', 'pygments.literal.number': 'ansibrightyellow',
        'pygments.comment': 'ansibrightblack', 'pygments.keyword.type': 'ansibrightcyan',
        'pygments.operator': '', 'prompt': 'ansibrightgreen bold',
    },
    'light': {
        'error': 'red', 'caret': 'red bold', 'note': 'blue', 'comment': 'brightblack',
        'pygments.keyword': 'ansimagenta', 'pygments.name.builtin': 'ansiblue',
        'pygments.literal.string': 'ansigreen', 'pygments.literal.number': 'ansired',
        'pygments.comment': 'ansibrightblack', 'pygments.keyword.type': 'ansiblue',
        'pygments.operator': '', 'prompt': 'ansigreen bold',
    },
    'any': {   # background unknown: colours that read on black and on white
        'error': 'red', 'caret': 'red bold', 'note': 'magenta', 'comment': 'brightblack',
        'pygments.keyword': 'ansimagenta', 'pygments.name.builtin': 'bold',
        'pygments.literal.string': 'ansigreen', 'pygments.literal.number': 'ansimagenta',
        'pygments.comment': 'ansibrightblack', 'pygments.keyword.type': 'ansimagenta',
        'pygments.operator': '', 'prompt': 'ansigreen bold',
    },
}

# COLORFGBG's background numbers of light colours (7: white/light grey, 9-15: bright)
_LIGHT_BACKGROUNDS = {7, *range(9, 16)}


def background(choice='auto', env=None, color_depth=None):
    """The palette name for a --color choice: dark, light, any, or None (no
    colour). color_depth: prompt_toolkit's ColorDepth of the output, if known."""
    env = os.environ if env is None else env
    if choice == 'never':
        return None
    if choice in ('dark', 'light'):
        return choice
    if 'NO_COLOR' in env or (color_depth is not None and color_depth.value == 'DEPTH_1_BIT'):
        return None
    bg = env.get('COLORFGBG', '').split(';')[-1]
    if bg.isdigit():
        return 'light' if int(bg) in _LIGHT_BACKGROUNDS else 'dark'
    return 'any'


class Style:
    """Paints the REPL's own messages; Style(None) paints nothing."""

    def __init__(self, palette=None, carets=False):
        self.palette = PALETTES.get(palette) if palette else None
        self.carets = carets

    def paint(self, role, text):
        if not self.palette or not text:
            return text
        codes = ';'.join(_SGR[w] for w in self.palette.get(role, '').split() if w in _SGR)
        if not codes:
            return text
        # each line on its own, so that a line interleaved with other output stays plain
        return '\n'.join(f'\x1b[{codes}m{ln}{RESET}' if ln else ln for ln in text.split('\n'))

    def errors(self, err):
        """An InputError as the user sees it: each message, then (with
        carets) its line of the input and a caret under the column."""
        out = []
        for d in err.diags:
            out.append(self.paint('error', d.plain()) + '\n')
            shown = d.caret() if self.carets else None
            if shown is not None:
                text, pad = shown
                out.append(f'    {text}\n    {pad}{self.paint("caret", "^")}\n')
        return ''.join(out)

    def prompt_toolkit_style(self):
        from prompt_toolkit.styles import Style as PTStyle
        if not self.palette:
            return None
        return PTStyle.from_dict({k: v for k, v in self.palette.items() if '.' in k or k == 'prompt'})


PLAIN = Style()
