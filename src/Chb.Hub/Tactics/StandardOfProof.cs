namespace Chb.Hub.Tactics;

/// <summary>The standard an instrument must be proved to.</summary>
internal enum StandardOfProof
{
    /// <summary>Balance of probabilities.</summary>
    Civil,

    /// <summary>Beyond reasonable doubt.</summary>
    Criminal,

    /// <summary>An officer's or authority's administrative decision.</summary>
    Administrative,
}
