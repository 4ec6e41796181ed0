#!/usr/bin/python3
"""The peers of bench/idna2008: Debian's python3-idna and libidn2 (called through ctypes, in process).

Run with Debian's interpreter (/usr/bin/python3), which is the one python3-idna is installed for.
  peers.py judge FILE  one JSON line per name of FILE: [python, idn2_register, idn2_lookup], each
                       "ok:<A-name>" or "err:<error class>"
  peers.py time FILE   JSON {"names": n, "python": [wall s, CPU s], "idn2_register": [...], "idn2_lookup": [...]}
  peers.py versions    JSON {"python_idna": version, "python_idna_unicode": version, "libidn2": version}
"""
import ctypes
import json
import sys
import time
from ctypes import POINTER, byref, c_char_p, c_int, c_void_p

import idna
import idna.idnadata

lib = ctypes.CDLL('libidn2.so.0')
lib.idn2_lookup_u8.argtypes = [c_char_p, POINTER(c_void_p), c_int]
lib.idn2_register_u8.argtypes = [c_char_p, c_char_p, POINTER(c_void_p), c_int]
lib.idn2_strerror_name.restype = c_char_p
lib.idn2_check_version.restype = c_char_p
lib.idn2_free.argtypes = [c_void_p]
IDN2_NO_TR46 = 64  # idn2.h: plain IDNA2008 lookup (RFC 5891 §5), no UTS #46 mapping


def python_encode(name):
    """IDNA2008 as python-idna implements it: idna.encode(name) with uts46=False (the default)."""
    try:
        return 'ok:' + idna.encode(name).decode('ascii')
    except idna.IDNAError as error:
        return 'err:' + type(error).__name__
    except UnicodeError as error:
        return 'err:' + type(error).__name__


def idn2_register(name):
    """idn2_register_u8 on every label (it registers one label at a time), as `idn2 --register` does."""
    rooted = len(name) > 1 and name.endswith('.')
    labels = name[:-1].split('.') if rooted else name.split('.')
    out = []
    for label in labels:
        result = c_void_p()
        ace = label.isascii() and label.lower().startswith('xn--')
        data = label.encode('utf-8', 'surrogatepass')
        rc = lib.idn2_register_u8(None if ace else data, data if ace else None, byref(result), 0)
        if rc != 0:
            return 'err:' + lib.idn2_strerror_name(rc).decode()
        out.append(ctypes.string_at(result).decode())
        lib.idn2_free(result)
    return 'ok:' + '.'.join(out) + ('.' if rooted else '')


def idn2_lookup(name):
    """idn2_lookup_u8 with IDN2_NO_TR46: the IDNA2008 lookup protocol of RFC 5891 §5."""
    result = c_void_p()
    rc = lib.idn2_lookup_u8(name.encode('utf-8', 'surrogatepass'), byref(result), IDN2_NO_TR46)
    if rc != 0:
        return 'err:' + lib.idn2_strerror_name(rc).decode()
    value = ctypes.string_at(result).decode()
    lib.idn2_free(result)
    return 'ok:' + value


def names(path):
    with open(path, encoding='utf-8') as f:
        return [line.rstrip('\n') for line in f]


def main():
    command = sys.argv[1]
    if command == 'versions':
        print(json.dumps({'python_idna': idna.__version__ if hasattr(idna, '__version__') else idna.package_data.__version__,
                          'python_idna_unicode': idna.idnadata.__version__,
                          'libidn2': lib.idn2_check_version(None).decode()}))
    elif command == 'judge':
        out = sys.stdout
        for name in names(sys.argv[2]):
            out.write(json.dumps([python_encode(name), idn2_register(name), idn2_lookup(name)]) + '\n')
    elif command == 'time':
        items = names(sys.argv[2])
        report = {'names': len(items)}
        for key, fn in (('python', python_encode), ('idn2_register', idn2_register), ('idn2_lookup', idn2_lookup)):
            start, cpu = time.perf_counter(), time.process_time()
            for name in items:
                fn(name)
            report[key] = [time.perf_counter() - start, time.process_time() - cpu]
        print(json.dumps(report))
    else:
        sys.exit('usage: peers.py judge|time FILE | versions')


if __name__ == '__main__':
    main()
