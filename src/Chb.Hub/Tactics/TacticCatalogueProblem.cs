namespace Chb.Hub.Tactics;

/// <summary>One problem in a catalogue file.</summary>
/// <param name="TacticId">The tactic's id (or its position, <c>tactics[3]</c>, when it has none); null for the catalogue itself.</param>
/// <param name="Field">The JSON field at fault, such as <c>when.all</c>.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record TacticCatalogueProblem(string? TacticId, string Field, string Message)
{
    public override string ToString()
        => TacticId is null ? $"catalogue, field '{Field}': {Message}" : $"tactic '{TacticId}', field '{Field}': {Message}";
}
