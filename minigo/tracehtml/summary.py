"""What the trace page draws, reduced from trace-event JSON (`summarize`).

Pure data, no HTML, so each part is tested on its own (tests/test_trace_page.py):

  * tracks, one per goroutine, and groups: goroutines started by one `go`
    statement (same function, same creation line) share a group row that
    folds them (folded at first when there are FOLD_AT or more), drawn as a
    stacked count of its members' states over time (`profile`);
  * slices (state, start, duration, channel, blocking line) and flows
    (channel hand-offs and mutex hand-offs);
  * channels: a label each (the variable, qualified by its function or
    numbered only when names repeat) and a colour (per channel; per make
    site when there are more channels than colours);
  * breaks: idle gaps (no goroutine running or runnable) long enough to
    squeeze the activity, which the page draws as short marked breaks;
  * totals per goroutine: running, runnable, blocked, blocked per reason.
"""
from __future__ import annotations

import re

STATE_COLORS = [
    ('running', '#2e9d4a'),
    ('runnable', '#d4d8dd'),
    ('chan receive', '#3f6fd8'),
    ('chan send', '#f08c2e'),
    ('select', '#9b4dca'),
    ('sleep', '#e9c84a'),
    ('sync.Mutex.Lock', '#d9434f'),
    ('sync.RWMutex.Lock', '#b5303c'),
    ('sync.RWMutex.RLock', '#e77f88'),
    ('sync.WaitGroup.Wait', '#2ba3a3'),
    ('sync.Cond.Wait', '#8d6e4a'),
]
OTHER_COLOR = '#8a8f98'
ACTIVE = ('running', 'runnable')

# Channel colours: distinct from each other and readable as thin lines on
# white; blocked-state colours are fills, these are strokes.
CHAN_COLORS = ['#1f4e9c', '#d95f02', '#1b9e77', '#e7298a', '#7570b3', '#66a61e',
               '#a6761d', '#c9a100', '#444444', '#17becf', '#8c1c13', '#5e3c99']
MUTEX_COLOR = '#b5303c'

FOLD_AT = 5            # a group of this many goroutines starts folded
IDLE_SHARE = 1 / 3     # after collapsing, idle time left is at most this share of the busy time,
MIN_BREAK = 0.04       # but a gap shorter than this share of the whole span stays drawn
MAX_BREAKS = 12        # (many short sleeps read better on the event-order axis)

# slice and flow fields (lists, to keep the embedded JSON small)
S_TID, S_STATE, S_TS, S_DUR, S_CHAN, S_KEYS, S_AT, S_FUNC = range(8)
F_FROM, F_TS, F_TO, F_TE, F_LABEL, F_KEY, F_KIND = range(7)


class TraceError(ValueError):
    """The input is not trace-event JSON as `minigo run --trace` writes it."""


def summarize(data):
    """Everything the page draws, from trace-event JSON (a dict or a list)."""
    events, other = _events(data)
    names, slices, starts, ends, exits = {}, [], {}, {}, []
    for e in events:
        ph = e.get('ph')
        a = e.get('args') if isinstance(e.get('args'), dict) else {}
        if ph == 'M' and e.get('name') == 'thread_name':
            names[e.get('tid')] = str(a.get('name', e.get('tid')))
        elif ph == 'X':
            keys = a.get('chan_id')
            keys = [] if keys is None else [str(k) for k in (keys if isinstance(keys, list) else [keys])]
            if not keys and a.get('channel'):
                keys = [str(a['channel'])]
            slices.append([e.get('tid'), str(e.get('name', '')), _num(e, 'ts'), _num(e, 'dur'),
                           str(a.get('channel', '')), keys, str(a.get('at', '')), str(a.get('func', ''))])
        elif ph == 's':
            starts[e.get('id')] = e
        elif ph == 'f':
            ends[e.get('id')] = e
        elif ph == 'i' and e.get('name') == 'exit':
            exits.append([e.get('tid'), _num(e, 'ts')])
    flows = _flows(starts, ends)
    slices.sort(key=lambda s: (s[S_TS], _tid_order(s[S_TID])))
    flows.sort(key=lambda f: f[F_TS])
    t0 = min([s[S_TS] for s in slices] + [f[F_TS] for f in flows], default=0.0)
    t1 = max([s[S_TS] + s[S_DUR] for s in slices] + [f[F_TE] for f in flows], default=1.0)
    states = _state_order(slices)
    tracks, groups = group_tracks(names, slices, other.get('goroutines', {}) if isinstance(other, dict) else {})
    for g in groups:
        g['profile'] = profile(slices, set(g['tids']), states)
    chans = channels(slices, flows, other.get('channels', {}) if isinstance(other, dict) else {})
    return {
        'program': str(other.get('program', '')),
        'seed': other.get('seed'),
        'clock': str(other.get('clock', '')),
        'tracks': tracks,
        'groups': groups,
        'slices': slices,
        'flows': flows,
        'exits': exits,
        'channels': chans,
        'breaks': idle_breaks(slices),
        'totals': totals(slices, exits),
        'states': states,
        't0': t0,
        't1': max(t1, t0 + 1),
        'colors': dict(STATE_COLORS),
        'other_color': OTHER_COLOR,
        'mutex_color': MUTEX_COLOR,
    }


def _events(data):
    if isinstance(data, dict):
        events, other = data.get('traceEvents', []), data.get('otherData', {})
    elif isinstance(data, list):
        events, other = data, {}
    else:
        raise TraceError('expected a JSON object with traceEvents, or an array of events')
    if not isinstance(events, list):
        raise TraceError('traceEvents is not an array')
    return [e for e in events if isinstance(e, dict)], other if isinstance(other, dict) else {}


def _num(e, k):
    v = e.get(k, 0)
    try:
        return float(v)
    except (TypeError, ValueError):
        raise TraceError(f'event {e.get("name", "?")!r}: {k} is not a number: {v!r}') from None


def _tid_order(t):
    return (0, t, '') if isinstance(t, int) else (1, 0, str(t))


def _flows(starts, ends):
    flows = []
    for fid, s in starts.items():
        f = ends.get(fid)
        if f is None:
            continue
        a = s.get('args') if isinstance(s.get('args'), dict) else {}
        kind = 'mutex' if s.get('cat') == 'mutex' else 'chan'
        if kind == 'mutex':
            label = str(a.get('lock', s.get('name', 'mutex')))
            key = label
        else:
            label = str(a.get('channel', ''))
            key = str(a['chan_id']) if 'chan_id' in a else label
        flows.append([s.get('tid'), _num(s, 'ts'), f.get('tid'), _num(f, 'ts'), label, key, kind])
    return flows


def _state_order(slices):
    """The states that occur: the known ones in their fixed order, then others."""
    used = {s[S_STATE] for s in slices}
    known = [k for k, _ in STATE_COLORS if k in used]
    return known + sorted(used - set(known))


# ------------------------------------------------------------------ goroutines and groups

_GID = re.compile(r'\s*\(G\d+\)$')
_BY = re.compile(r'\s+by goroutine \d+$')


def group_tracks(names, slices, gors):
    """(tracks, groups): tracks in display order, each member of a group of
    two or more goroutines from one creation site right after the others."""
    tids = set(names) | {s[S_TID] for s in slices}
    info = []
    for tid in sorted(tids, key=_tid_order):
        g = gors.get(str(tid)) if isinstance(gors, dict) else None
        created = str(g.get('created', '')) if isinstance(g, dict) else ''
        name = names.get(tid, f'G{tid}')
        info.append({'tid': tid, 'name': name, 'created': created, 'group': -1})
    by_site = {}
    for t in info:
        if t['created']:
            by_site.setdefault((_GID.sub('', t['name']), _BY.sub('', t['created'])), []).append(t)
    groups = []
    for (fn, site), members in by_site.items():
        if len(members) < 2:
            continue
        gi = len(groups)
        for t in members:
            t['group'] = gi
        groups.append({'id': gi, 'name': fn, 'created': site, 'tids': [t['tid'] for t in members],
                       'count': len(members), 'folded': len(members) >= FOLD_AT})
    tracks, placed = [], set()
    for t in info:
        gi = t['group']
        if gi < 0:
            tracks.append(t)
        elif gi not in placed:
            placed.add(gi)
            tracks.extend(x for x in info if x['group'] == gi)
    return tracks, groups


def profile(slices, tids, states):
    """How many of the goroutines tids are in each state over time: a list of
    [t, counts] change points, counts indexed like states; the last point's
    counts are all zero."""
    index = {s: i for i, s in enumerate(states)}
    deltas = {}
    for s in slices:
        if s[S_TID] in tids:
            i = index[s[S_STATE]]
            for t, d in ((s[S_TS], 1), (s[S_TS] + s[S_DUR], -1)):
                row = deltas.setdefault(t, [0] * len(states))
                row[i] += d
    out, cur = [], [0] * len(states)
    for t in sorted(deltas):
        cur = [a + b for a, b in zip(cur, deltas[t])]
        if out and out[-1][1] == cur:
            continue
        out.append([t, cur])
    return out


# ------------------------------------------------------------------ channels

def channels(slices, flows, meta):
    """One entry per channel seen in the trace (a hand-off or a blocked
    slice), in the order of their ids: key, label, where made, capacity,
    hand-offs, colour. meta: otherData.channels, every channel made."""
    seen = {}
    for s in slices:
        parts = s[S_CHAN].split(', ')
        for i, k in enumerate(s[S_KEYS]):
            seen.setdefault(k, parts[i] if len(parts) == len(s[S_KEYS]) else s[S_CHAN])
    count = {}
    for f in flows:
        if f[F_KIND] == 'chan':
            seen.setdefault(f[F_KEY], f[F_LABEL])
            count[f[F_KEY]] = count.get(f[F_KEY], 0) + 1
    meta = meta if isinstance(meta, dict) else {}
    every = []              # labels count every channel made, shown or not: `#2` stays the second
    for k in sorted(set(seen) | set(meta), key=lambda k: (0, int(k), '') if k.isdigit() else (1, 0, k)):
        m = meta.get(k) if isinstance(meta.get(k), dict) else {}
        every.append({'key': k, 'name': str(m.get('name') or seen.get(k, k)), 'var': str(m.get('var', '')),
                      'func': str(m.get('func', '')), 'made': str(m.get('made', '')), 'cap': m.get('cap'),
                      'handoffs': count.get(k, 0)})
    _label(every)
    out = [c for c in every if c['key'] in seen]
    _colour(out)
    return out


def _label(chans):
    """A name each: the variable (or make site); `func.var` where one name is
    made in several functions; `#k` where one name is left for several channels."""
    by_name = {}
    for c in chans:
        by_name.setdefault(c['name'], []).append(c)
    for name, cs in by_name.items():
        if len(cs) == 1:
            cs[0]['label'] = name
            continue
        by_func = {}
        several = len({c['func'] for c in cs}) > 1
        for c in cs:
            q = f'{c["func"]}.{name}' if several and c['var'] and c['func'] else name
            by_func.setdefault(q, []).append(c)
        for q, same in by_func.items():
            for k, c in enumerate(same, 1):
                c['label'] = q if len(same) == 1 else f'{q} #{k}'
    for c in chans:
        c['site'] = f'{c["name"]} {c["made"]}'.strip()


def _colour(chans):
    """A colour per channel while there are colours enough; past that, one per
    make site (the many `done` channels of a loop share one)."""
    per_site = len(chans) > len(CHAN_COLORS)
    keys = {}
    for c in chans:
        k = c['site'] if per_site else c['key']
        if k not in keys:
            keys[k] = CHAN_COLORS[len(keys) % len(CHAN_COLORS)]
        c['color'] = keys[k]
        c['color_key'] = k


# ------------------------------------------------------------------ idle gaps

def busy_intervals(slices):
    """The merged intervals in which some goroutine was running or runnable."""
    iv = sorted((s[S_TS], s[S_TS] + s[S_DUR]) for s in slices if s[S_STATE] in ACTIVE)
    out = []
    for a, b in iv:
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1][1] = b
        else:
            out.append([a, b])
    return out


def idle_breaks(slices):
    """The idle gaps the page collapses: the longest first, until the idle
    time still drawn is at most IDLE_SHARE of the busy time; none shorter
    than MIN_BREAK of the span, at most MAX_BREAKS. Sorted by start."""
    busy = busy_intervals(slices)
    if len(busy) < 2:
        return []
    active = sum(b - a for a, b in busy)
    span = busy[-1][1] - busy[0][0]
    gaps = sorted(([busy[i][1], busy[i + 1][0]] for i in range(len(busy) - 1)),
                  key=lambda g: g[0] - g[1])
    idle = sum(b - a for a, b in gaps)
    out = []
    for a, b in gaps[:MAX_BREAKS]:
        if idle <= active * IDLE_SHARE or b - a < span * MIN_BREAK:
            break
        out.append([a, b])
        idle -= b - a
    return sorted(out)


# ------------------------------------------------------------------ per-goroutine totals

def totals(slices, exits):
    """tid -> {running, runnable, blocked, reasons: {state: µs}, at: the line
    it was blocked at longest, exited: µs or None}."""
    out = {}
    for s in slices:
        t = out.get(s[S_TID])
        if t is None:
            t = out[s[S_TID]] = {'running': 0.0, 'runnable': 0.0, 'blocked': 0.0, 'reasons': {}, 'lines': {},
                                 'start': s[S_TS], 'exited': None}
        st, d = s[S_STATE], s[S_DUR]
        if st in ACTIVE:
            t[st] += d
        else:
            t['blocked'] += d
            t['reasons'][st] = t['reasons'].get(st, 0.0) + d
            if s[S_AT]:
                t['lines'][s[S_AT]] = t['lines'].get(s[S_AT], 0.0) + d
    for tid, ts in exits:
        if tid in out:
            out[tid]['exited'] = ts
    for t in out.values():
        lines = t.pop('lines')
        t['at'] = max(lines, key=lambda k: (lines[k], k)) if lines else ''
    return {str(k): v for k, v in out.items()}
