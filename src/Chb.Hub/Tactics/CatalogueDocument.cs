namespace Chb.Hub.Tactics;

/// <summary>The catalogue file as written: every member optional so validation can report all that is missing.</summary>
internal sealed class CatalogueDocument
{
    public string? Version { get; set; }

    public List<TacticEntry?>? Tactics { get; set; }
}
