using Chb.Adapters;

namespace Chb.Hub.Tactics;

/// <summary>Collects the facts of one record, dropping duplicates, addressed by party or location index.</summary>
internal sealed class FactSink(CanonicalRecord record)
{
    private readonly HashSet<ExtractedFact> _facts = [];

    public CanonicalRecord Record { get; } = record;

    public void Person(int partyIndex, string fact, DateOnly? on, string? detail = null)
    {
        if (Record.Parties[partyIndex].Person is not null)
        {
            _facts.Add(new ExtractedFact(FactSubject.Person, partyIndex, fact, on, detail));
        }
    }

    /// <summary>Adds a fact to every person party whose role is one of <paramref name="roles"/>.</summary>
    public void PersonsIn(ReadOnlySpan<PartyRole> roles, string fact, DateOnly? on, string? detail = null)
    {
        for (var i = 0; i < Record.Parties.Count; i++)
        {
            if (roles.Contains(Record.Parties[i].Role))
            {
                Person(i, fact, on, detail);
            }
        }
    }

    /// <summary>Adds a fact to every location of the record with the given relation.</summary>
    public void Locations(LocationRelation relation, string fact, DateOnly? on, string? detail = null)
    {
        for (var i = 0; i < Record.Locations.Count; i++)
        {
            if (Record.Locations[i].Relation == relation)
            {
                _facts.Add(new ExtractedFact(FactSubject.Location, i, fact, on ?? Record.Locations[i].From, detail));
            }
        }
    }

    public IReadOnlyList<ExtractedFact> ToList()
        => [.. _facts.OrderBy(f => f.Subject).ThenBy(f => f.ItemIndex).ThenBy(f => f.Fact, StringComparer.Ordinal)
            .ThenBy(f => f.Detail, StringComparer.Ordinal).ThenBy(f => f.On)];
}
