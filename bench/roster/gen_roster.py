#!/usr/bin/env python3
"""Generates a realistic roster CSV for benchmarks and browser tests.

    python3 bench/roster/gen_roster.py ROWS OUT.csv [--seed N] [--bad-rate 0.01] [--sep ,|;]

Columns (Indonesian headers, as village officials keep them): No, NIK, Nama, Tanggal Lahir,
Jenis Kelamin, Jabatan, Upah, Penghasilan, JKN, Program Tambahan, Sektor.
NIKs are consistent with the birth date and sex (day + 40 for women) and unique; province codes
come from NIK.md. About --bad-rate of rows carry one deliberate error (short NIK, impossible
date, unknown role, unreadable wage, duplicate NIK). Generate into /tmp, not into the repo.
"""
import argparse
import random

PROVINCES = [11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
             71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96]
FIRST_M = ["Budi", "Agus", "Slamet", "Joko", "Ahmad", "Dedi", "Rudi", "Hendra", "Wayan", "Made", "Eko", "Bambang",
           "Yusuf", "Rizky", "Andi", "Teguh", "Imam", "Fajar", "Hasan", "Sutrisno"]
FIRST_F = ["Siti", "Sri", "Dewi", "Nur", "Ani", "Rina", "Wati", "Putri", "Ayu", "Lestari", "Fitri", "Yuni",
           "Ratna", "Indah", "Kartini", "Nining", "Ketut", "Endang", "Sari", "Tuti"]
LAST = ["Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Kurniawan", "Setiawan", "Pratama", "Siregar",
        "Harahap", "Lubis", "Nasution", "Simanjuntak", "Wibowo", "Susanto", "Rahman", "Sembiring", "Tanjung"]
# (role text, weight, wage range in rupiah or None, income range or None)
ROLES = [
    ("Pekerja Rentan", 40, None, (600000, 2500000)),
    ("Perangkat Desa", 15, (2022200, 3500000), None),
    ("Kaur Keuangan", 3, (2022200, 3200000), None),
    ("Sekretaris Desa", 3, (2224420, 3800000), None),
    ("Kepala Desa", 4, (2426640, 5000000), None),
    ("BPD", 6, (500000, 1500000), None),
    ("Pendamping Desa", 5, (2500000, 6500000), None),
    ("Non ASN", 12, (1500000, 4500000), None),
    ("BUMDes", 4, (1000000, 3500000), None),
    ("PPPK", 4, (3000000, 6000000), None),
    ("PNS", 4, (3500000, 8000000), None),
]
WEIGHTS = [r[1] for r in ROLES]


def fmt_money(v, rnd):
    k = rnd.random()
    if k < 0.5:
        return str(v)
    if k < 0.8:
        return f"{v:,}".replace(",", ".")
    if k < 0.95:
        return "Rp " + f"{v:,}".replace(",", ".")
    return f"{v:,}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rows", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--bad-rate", type=float, default=0.01)
    ap.add_argument("--sep", default=",")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    sep = a.sep
    serial = {}
    seen = []
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write(sep.join(["No", "NIK", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Jabatan", "Upah", "Penghasilan",
                          "JKN", "Program Tambahan", "Sektor"]) + "\r\n")
        buf = []
        for i in range(1, a.rows + 1):
            female = rnd.random() < 0.45
            y = rnd.randint(1962, 2006)
            m = rnd.randint(1, 12)
            d = rnd.randint(1, 28)
            region = (rnd.choice(PROVINCES), rnd.randint(1, 79), rnd.randint(1, 40))
            key = (region, d, m, y % 100, female)
            s = serial.get(key, 0) + 1
            serial[key] = s
            if s > 9999:
                region = (region[0], region[1], (region[2] % 40) + 1)
                s = 1
            nik = f"{region[0]:02d}{region[1]:02d}{region[2]:02d}{d + (40 if female else 0):02d}{m:02d}{y % 100:02d}{s:04d}"
            name = f"{rnd.choice(FIRST_F if female else FIRST_M)} {rnd.choice(LAST)}"
            birth = f"{d:02d}/{m:02d}/{y}" if rnd.random() < 0.7 else f"{y}-{m:02d}-{d:02d}"
            role, _, wage_r, inc_r = rnd.choices(ROLES, WEIGHTS)[0]
            wage = fmt_money(rnd.randrange(wage_r[0], wage_r[1], 1000), rnd) if wage_r else ""
            income = fmt_money(rnd.randrange(inc_r[0], inc_r[1], 50000), rnd) if inc_r else ""
            jkn = rnd.choice(["ya", "ya", "ya", "tidak", ""])
            opt = rnd.choice(["", "", "", "JHT", "JHT;JP"]) if wage_r else rnd.choice(["", "", "JHT"])
            sector = rnd.choice(["lainnya", "lainnya", "lainnya", "transportasi"]) if inc_r else ""
            sex = "P" if female else "L"
            if rnd.random() < a.bad_rate:
                kind = rnd.randrange(5)
                if kind == 0:
                    nik = nik[:15]
                elif kind == 1:
                    birth = f"31/02/{y}"
                elif kind == 2:
                    role = "Lurah"
                elif kind == 3:
                    wage = "lima juta"
                elif seen:
                    nik = rnd.choice(seen)
            if len(seen) < 1000:
                seen.append(nik)
            cells = [str(i), nik, name, birth, sex, role, wage, income, jkn, opt, sector]
            buf.append(sep.join(f'"{c}"' if sep in c else c for c in cells))
            if len(buf) >= 10000:
                f.write("\r\n".join(buf) + "\r\n")
                buf = []
        if buf:
            f.write("\r\n".join(buf) + "\r\n")


if __name__ == "__main__":
    main()
