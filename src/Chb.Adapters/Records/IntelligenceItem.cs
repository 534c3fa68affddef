namespace Chb.Adapters;

/// <summary>An intelligence item graded under 3x5x2.</summary>
/// <param name="Reference">The owning agency's intelligence reference.</param>
/// <param name="RecordedOn">When it was recorded.</param>
/// <param name="SourceEvaluation">Source evaluation, 1 (reliable) to 3 (untested).</param>
/// <param name="Assessment">Intelligence assessment, A to E.</param>
/// <param name="Handling">The handling code.</param>
/// <param name="SourceType">What kind of source it came from.</param>
public sealed record IntelligenceItem(
    string Reference,
    DateOnly RecordedOn,
    int SourceEvaluation,
    char Assessment,
    HandlingCode Handling,
    IntelligenceSourceType SourceType)
{
    /// <summary>Gets the intelligence text; always <see cref="Disclosure.OwnerOnly"/>.</summary>
    public MarkedText? Text { get; init; }

    /// <summary>Gets a value indicating whether the source is protected (CHIS or covert).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSourceProtected => SourceType is IntelligenceSourceType.Chis or IntelligenceSourceType.Covert;
}

/// <summary>The 3x5x2 handling code.</summary>
public enum HandlingCode
{
    /// <summary>Not stated; never valid.</summary>
    Unspecified = 0,

    /// <summary>P: may be disseminated under the usual rules.</summary>
    P = 1,

    /// <summary>C: conditions apply; consult the originator before any use.</summary>
    C = 2,
}

/// <summary>Where an intelligence item came from.</summary>
public enum IntelligenceSourceType
{
    /// <summary>Not stated; never valid.</summary>
    Unspecified = 0,

    /// <summary>An officer's own observation.</summary>
    Officer = 1,

    /// <summary>A partner agency.</summary>
    Partner = 2,

    /// <summary>A member of the public.</summary>
    Public = 3,

    /// <summary>A covert human intelligence source: source-protected.</summary>
    Chis = 4,

    /// <summary>Covert means (surveillance, interception): source-protected.</summary>
    Covert = 5,
}
