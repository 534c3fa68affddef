namespace Chb.Linking.People;

/// <summary>How well two names agree, best first.</summary>
internal enum NameLevel
{
    Missing,
    Exact,
    Variant,
    Close,
    Phonetic,
    Similar,
    Initial,
    Different,
}

/// <summary>How two dates of birth relate.</summary>
internal enum BirthLevel
{
    Missing,
    Exact,
    Placeholder,
    DayMonthSwap,
    Typo,
    Transposition,
    YearTypo,
    Near,
    Different,
}
