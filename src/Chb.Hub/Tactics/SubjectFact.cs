namespace Chb.Hub.Tactics;

/// <summary>A fact held about an evaluation subject, with the agency and record that state it.</summary>
/// <param name="Fact">A name from <see cref="FactNames"/>.</param>
/// <param name="Agency">The agency whose record states it, such as <c>WYP</c>.</param>
/// <param name="RecordId">The hub's id for that record.</param>
/// <param name="On">The fact's date, when the record gives one.</param>
/// <param name="Detail">The fact's code detail (a VRM, case type), when any.</param>
internal sealed record SubjectFact(string Fact, string Agency, string RecordId, DateOnly? On, string? Detail = null)
{
    /// <summary>Attaches the owning agency and record to an extracted fact.</summary>
    public static SubjectFact From(ExtractedFact fact, string agency, string recordId)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new SubjectFact(fact.Fact, agency, recordId, fact.On, fact.Detail);
    }
}
