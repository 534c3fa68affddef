using Chb.Linking.People;

namespace Chb.Linking;

public sealed partial class PersonModel
{
    private static BirthLevel Birth(BirthDate? a, BirthDate? b)
    {
        if (a is null || b is null)
        {
            return BirthLevel.Missing;
        }

        if (string.Equals(a.Digits, b.Digits, StringComparison.Ordinal))
        {
            return a.IsPlaceholder ? BirthLevel.Placeholder : BirthLevel.Exact;
        }

        if (a.Year == b.Year && a.Month == b.Day && a.Day == b.Month)
        {
            return BirthLevel.DayMonthSwap;
        }

        var first = -1;
        var second = -1;
        var differences = 0;
        for (var i = 0; i < 8; i++)
        {
            if (a.Digits[i] != b.Digits[i])
            {
                differences++;
                (first, second) = first < 0 ? (i, second) : (first, i);
            }
        }

        if (differences == 1)
        {
            // A slip in the century or decade moves the date by ten years or more: weaker evidence.
            return first <= 2 ? BirthLevel.YearTypo : BirthLevel.Typo;
        }

        if (differences == 2 && second == first + 1 && a.Digits[first] == b.Digits[second] && a.Digits[second] == b.Digits[first])
        {
            return BirthLevel.Transposition;
        }

        return a.Year == b.Year && a.Month == b.Month ? BirthLevel.Near : BirthLevel.Different;
    }

    private double BirthWeight(BirthLevel level, PersonFeatures a, IKeyCounts counts) => level switch
    {
        BirthLevel.Exact => Math.Max(_w.BirthFloor, _w.BirthExact - Penalty(counts, PersonKeys.Birth(a.Birth!))),
        BirthLevel.Placeholder => _w.BirthPlaceholder,
        BirthLevel.DayMonthSwap => _w.BirthDayMonthSwap,
        BirthLevel.Typo => _w.BirthTypo,
        BirthLevel.Transposition => _w.BirthTransposition,
        BirthLevel.YearTypo => _w.BirthYearTypo,
        BirthLevel.Near => _w.BirthNear,
        BirthLevel.Different => _w.BirthDifferent,
        _ => 0,
    };
}
