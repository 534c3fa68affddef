namespace Chb.Linking;

/// <summary>
/// Fellegi–Sunter weights (bits) for each comparison level of a person pair. Agreement weights are
/// log2(m/u); disagreement weights log2((1-m)/(1-u)). Defaults were set on FEBRL dataset1 only.
/// </summary>
public sealed class PersonWeights
{
    public double FamilyExact { get; set; } = 9;
    public double FamilyVariant { get; set; } = 7.5;
    public double FamilyClose { get; set; } = 6.5;
    public double FamilyPhonetic { get; set; } = 5;
    public double FamilySimilar { get; set; } = 3.5;
    public double FamilyDifferent { get; set; } = -4.5;
    public double FamilyFloor { get; set; } = 2;

    public double GivenExact { get; set; } = 7;
    public double GivenVariant { get; set; } = 6;
    public double GivenClose { get; set; } = 5;
    public double GivenPhonetic { get; set; } = 4;
    public double GivenSimilar { get; set; } = 3;
    public double GivenInitial { get; set; } = 1.5;
    public double GivenDifferent { get; set; } = -4.5;
    public double GivenFloor { get; set; } = 1.5;

    /// <summary>Gets or sets what names written in swapped order (given as family) lose against the same names in place.</summary>
    public double SwappedNames { get; set; } = 1;

    public double BirthExact { get; set; } = 13;
    public double BirthPlaceholder { get; set; } = 4;
    public double BirthDayMonthSwap { get; set; } = 9;
    public double BirthTypo { get; set; } = 8;
    public double BirthTransposition { get; set; } = 7;
    public double BirthYearTypo { get; set; } = 5;
    public double BirthNear { get; set; } = 1;
    public double BirthDifferent { get; set; } = -4.5;
    public double BirthFloor { get; set; } = 5;

    /// <summary>Gets or sets the gap in years beyond which same-named people with different birth dates are treated as relatives (father and son).</summary>
    public int GenerationYears { get; set; } = 14;

    public double Uprn { get; set; } = 8;
    public double UprnFloor { get; set; } = 1;
    public double StreetSame { get; set; } = 5;
    public double StreetClose { get; set; } = 3;
    public double StreetOtherNumber { get; set; }
    public double StreetDifferent { get; set; } = -2.5;
    public double PostcodeSame { get; set; } = 3;
    public double PostcodeFloor { get; set; } = 0.5;
    public double PostcodeNear { get; set; } = 1;
    public double PostcodeDifferent { get; set; } = -1.5;
    public double LocalitySame { get; set; } = 2;
    public double LocalityFloor { get; set; }
    public double LocalityNear { get; set; } = 1.5;
    public double LocalityDifferent { get; set; } = -1.5;

    public double Vrm { get; set; } = 4;
    public double VrmFloor { get; set; } = 0.5;
}
