namespace Chb.Hub.Tactics;

/// <summary>A tactic's trigger as written in the catalogue file.</summary>
internal sealed class WhenEntry
{
    public List<string?>? All { get; set; }

    public List<string?>? Any { get; set; }

    public List<string?>? None { get; set; }
}
