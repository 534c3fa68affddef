using System.Globalization;
using Chb.Adapters;

namespace Chb.Hub.Tactics;

/// <summary>Checks one catalogue entry field by field, reporting every problem, and builds the tactic when there are none.</summary>
internal sealed class TacticEntryValidator(string label, List<TacticCatalogueProblem> problems)
{
    private const int OldestAge = 120;

    public Tactic? Validate(TacticEntry entry)
    {
        var before = problems.Count;
        var name = Text(entry.Name, "name");
        var category = Text(entry.Category, "category");
        var instrument = Text(entry.Instrument, "instrument");
        var statute = Text(entry.Statute, "statute");
        var owner = One(entry.OwningAgencyKind, "owningAgencyKind", CatalogueVocabulary.AgencyKinds);
        var applicants = Many(entry.ApplicantAgencyKinds, "applicantAgencyKinds", CatalogueVocabulary.AgencyKinds);
        var subject = One(entry.SubjectType, "subjectType", CatalogueVocabulary.SubjectTypes);
        var phases = Many(entry.Phases, "phases", CatalogueVocabulary.Phases);
        var strands = Many(entry.Strands, "strands", CatalogueVocabulary.Strands);
        var standard = One(entry.StandardOfProof, "standardOfProof", CatalogueVocabulary.Standards);
        CheckAges(entry, subject);
        var (from, to) = Dates(entry);
        if (entry.Harm is not (>= 1 and <= 5))
        {
            Add("harm", entry.Harm is null ? "is required" : $"must be 1 to 5, not {entry.Harm}");
        }

        Required(entry.Deconfliction, "deconfliction");
        Required(entry.RequiresConviction, "requiresConviction");
        var when = new WhenValidator(label, problems).Validate(entry.When, subject);
        if (problems.Count > before || string.IsNullOrWhiteSpace(entry.Id)
            || owner is null || subject is null || standard is null || from is null || when is null)
        {
            return null;
        }

        return new Tactic
        {
            Id = entry.Id!, Name = name, Category = category, Instrument = instrument, Statute = statute,
            OwningAgencyKind = owner.Value, ApplicantAgencyKinds = applicants, SubjectType = subject.Value,
            MinAge = entry.MinAge, MaxAge = entry.MaxAge, Phases = phases, Strands = strands,
            EffectiveFrom = from.Value, EffectiveTo = to, Deconfliction = entry.Deconfliction!.Value, Harm = entry.Harm!.Value,
            StandardOfProof = standard.Value, RequiresConviction = entry.RequiresConviction!.Value,
            FeedsInto = [.. (entry.FeedsInto ?? []).OfType<string>()], When = when, Note = entry.Note,
        };
    }

    private void CheckAges(TacticEntry entry, FactSubject? subject)
    {
        if (subject == FactSubject.Location && (entry.MinAge is not null || entry.MaxAge is not null))
        {
            Add(entry.MinAge is not null ? "minAge" : "maxAge", "age bounds apply only to person tactics");
        }

        if (entry.MinAge is < 0 or > OldestAge)
        {
            Add("minAge", $"must be 0 to {OldestAge}, not {entry.MinAge}");
        }

        if (entry.MaxAge is < 0 or > OldestAge)
        {
            Add("maxAge", $"must be 0 to {OldestAge}, not {entry.MaxAge}");
        }

        if (entry is { MinAge: { } min, MaxAge: { } max } && min > max)
        {
            Add("maxAge", $"must not be below minAge ({max} < {min})");
        }
    }

    private (DateOnly? From, DateOnly? To) Dates(TacticEntry entry)
    {
        var from = Date(entry.EffectiveFrom, "effectiveFrom", required: true);
        var to = Date(entry.EffectiveTo, "effectiveTo", required: false);
        if (from is not null && to is not null && to <= from)
        {
            Add("effectiveTo", $"must be after effectiveFrom ({to:yyyy-MM-dd} is not after {from:yyyy-MM-dd})");
        }

        return (from, to);
    }

    private DateOnly? Date(string? value, string field, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "is required");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(field, $"must be an ISO date (yyyy-MM-dd), not '{value}'");
        return null;
    }

    private string Text(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "must not be empty");
        }

        return value ?? string.Empty;
    }

    private void Required(bool? value, string field)
    {
        if (value is null)
        {
            Add(field, "is required (true or false)");
        }
    }

    private T? One<T>(string? value, string field, IReadOnlyDictionary<string, T> known)
        where T : struct
    {
        if (value is not null && known.TryGetValue(value, out var result))
        {
            return result;
        }

        Add(field, value is null ? "is required" : $"'{value}' is not one of {string.Join(", ", known.Keys.Order(StringComparer.Ordinal))}");
        return null;
    }

    private List<T> Many<T>(List<string?>? values, string field, IReadOnlyDictionary<string, T> known)
        where T : struct
    {
        if (values is not { Count: > 0 })
        {
            Add(field, "must list at least one value");
            return [];
        }

        var results = new List<T>();
        foreach (var value in values)
        {
            if (One(value, field, known) is { } item)
            {
                if (results.Contains(item))
                {
                    Add(field, $"lists '{value}' more than once");
                }

                results.Add(item);
            }
        }

        return results;
    }

    private void Add(string field, string message) => problems.Add(new TacticCatalogueProblem(label, field, message));
}
