using System.ComponentModel.DataAnnotations;

namespace Chb.Linking;

/// <summary>
/// The model's thresholds and frequency handling (section <c>Hub:Linking:Model</c>). Field weights are in
/// <see cref="PersonWeights"/>; weights and thresholds are in bits (log2 of the likelihood ratio).
/// </summary>
public sealed class LinkageOptions
{
    public const string SectionName = "Hub:Linking:Model";

    /// <summary>Gets or sets the weight at or above which a pair links.</summary>
    [Range(0.0, 100.0)]
    public double LinkThreshold { get; set; } = 12;

    /// <summary>Gets or sets the weight at or above which a pair goes to the review queue.</summary>
    [Range(-100.0, 100.0)]
    public double ReviewThreshold { get; set; } = 6;

    /// <summary>Gets or sets the largest block compared; blocks over this are too common to say anything.</summary>
    [Range(2, 1 << 20)]
    public int MaxBlockSize { get; set; } = 128;

    /// <summary>
    /// Gets or sets the largest name-pair block compared. That key exists for pairs whose only evidence is their
    /// names (no birth date or address in common, which have keys of their own); a name pair held by more than
    /// about 32 mentions is weighed down so far that names alone cannot reach the link threshold, so comparing
    /// such a block would cost quadratic time for review-queue pairs at best.
    /// </summary>
    [Range(2, 1 << 20)]
    public int MaxNameBlockSize { get; set; } = 32;

    /// <summary>
    /// Gets or sets the largest block of a birth date alone compared. The key finds a person whose names are both
    /// corrupt; a birth date is shared by one mention in ~25,000, so in a large hub every such block passes this
    /// cap and is skipped (the date with a name's sound, or with the postcode, still block), while a small data set
    /// keeps it. The cap bounds its cost to a few comparisons per mention at any size.
    /// </summary>
    [Range(2, 1 << 20)]
    public int MaxDateBlockSize { get; set; } = 16;

    /// <summary>Gets or sets how many mentions may share a value before its agreement weighs less (one bit per doubling).</summary>
    [Range(1, 1 << 20)]
    public int FreeFrequency { get; set; } = 8;

    /// <summary>
    /// Gets or sets a value indicating whether the relatives rules apply: same-named people a generation apart
    /// (father and son) and same family name and birth date with different given names (twins) go to review
    /// rather than link, and never share a cluster.
    /// </summary>
    public bool KeepRelativesApart { get; set; } = true;

    /// <summary>Gets or sets the field weights for people.</summary>
    public PersonWeights Person { get; set; } = new();

    /// <summary>Gets the largest frequency level still blocked on.</summary>
    public int MaxBlockLevel => LinkKeys.Level(MaxBlockSize);

    /// <summary>
    /// Gets the largest block compared for <paramref name="key"/>'s family. A strong identifier's block (PNC, CRO, UPRN)
    /// has none: it names one person or place however many records hold it (a prolific nominal's hundreds of police
    /// records), so it is never skipped; its holders are each compared with one representative, not with each other.
    /// </summary>
    public int BlockCap(long key)
        => LinkKeys.FamilyOf(key) switch
        {
            KeyFamily.BlockStrong => int.MaxValue,
            KeyFamily.BlockNamePair => Math.Min(MaxNameBlockSize, MaxBlockSize),
            KeyFamily.BlockBirthDateOnly => Math.Min(MaxDateBlockSize, MaxBlockSize),
            _ => MaxBlockSize,
        };

    /// <summary>Gets the bits a value's agreement loses for being shared by <paramref name="count"/> mentions.</summary>
    public int Penalty(int count) => Math.Max(0, LinkKeys.Level(count) - LinkKeys.Level(FreeFrequency));

    /// <summary>
    /// Gets the penalty past which a count of <paramref name="key"/>'s family no longer changes any score: every weight
    /// that family's penalty lowers is at its floor by then. An incremental scorer need not look again at the holders of
    /// a value that grows further (a town, a common surname). Street agreement has no floor, so its keys have no ceiling.
    /// </summary>
    public int PenaltyCeiling(long key)
    {
        var w = Person;
        var spread = LinkKeys.FamilyOf(key) switch
        {
            KeyFamily.FrequencySurname => Math.Max(w.FamilyExact, w.FamilyVariant) - w.FamilyFloor,
            KeyFamily.FrequencyGiven => Math.Max(w.GivenExact, w.GivenVariant) - w.GivenFloor,
            KeyFamily.FrequencyBirthDate => w.BirthExact - w.BirthFloor,
            KeyFamily.FrequencyUprn => w.Uprn - w.UprnFloor,
            KeyFamily.FrequencyPostcode => w.PostcodeSame - w.PostcodeFloor,
            KeyFamily.FrequencyLocality => w.LocalitySame - w.LocalityFloor,
            KeyFamily.FrequencyVrm => w.Vrm - w.VrmFloor,
            _ => double.PositiveInfinity,
        };
        return double.IsPositiveInfinity(spread) ? int.MaxValue : Math.Max(0, (int)Math.Ceiling(spread));
    }
}
