// Shared helpers of the benefit estimator (core/engine/benefits/*.cpp). Not a public header.
#pragma once
#include "jamsos/benefits.hpp"

namespace jamsos {
namespace benefits {

struct Ctx {
  const RuleSet& R;
  const BenefitInput& in;
  BenefitResult& out;
  Date event;  // the event date (event_date, or as_of)
  Money wage;  // the monthly wage for JKK/JKM benefits (eval's JKK basis or monthly_wage); -1 unknown
  Rounding rnd;
  // The wage of the month containing `d`: wage_history, else `wage`.
  Money wage_on(Date d) const;
};

BenefitLine& add_line(Ctx& c, int program, BenefitEvent ev, BenefitItem item);
void use(Ctx& c, BenefitLine& l, const Value* v);  // records the parameter (and a note if below B)
// Marks a recorded parameter as checked only: it did not change the amount.
void info_only(BenefitLine& l, const Value* v);
void condition(BenefitLine& l, BenefitCondition cond, int arg = 0);
void note(Ctx& c, BenefitNote code, const Value* v = nullptr, int arg = 0);
// Coverage from the eval answer: NotEnrolled / IfEnrolled conditions; false when not covered.
bool covered(Ctx& c, BenefitLine& l);
Money round_half_up(__int128 num, __int128 den);
Money apply(Rate r, Money base, Rounding rnd);
// Months from the month of `a` to the month of `b` (b's month not counted); 0 if b <= a.
int months_between(Date a, Date b);
Date add_months(Date first_of_month, int n);
Date first_of_month(Date d);

void jkm(Ctx& c);
void jkk_death(Ctx& c);
void jkk_incapacity(Ctx& c);
void jkk_disability(Ctx& c);
void scholarship(Ctx& c, BenefitEvent ev, bool work, bool disability);
void jht(Ctx& c, BenefitEvent ev);
void jp(Ctx& c, BenefitEvent ev);
void jkp(Ctx& c);

}  // namespace benefits
}  // namespace jamsos
