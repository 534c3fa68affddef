using Chb.Adapters;
using static Chb.Plugins.Housing.HousingColumn;

namespace Chb.Plugins.Housing;

internal static class HousingRowValidator
{
    /// <summary>Validates every field and returns the facts, or null with every problem found.</summary>
    public static HousingFacts? Validate(HousingRow row, out IReadOnlyList<RowRejection> problems)
    {
        var rules = new HousingFieldRules(row);
        var role = rules.OneOf(HousingColumn.PartyRole, HousingVocabulary.PartyRoles);

        // A complainant's names, date of birth and notes are PROTECTED: never read, checked or kept.
        var isComplainant = role == HousingVocabulary.Complainant;
        var facts = new HousingFacts
        {
            CaseRef = rules.Required(CaseRef),
            CaseType = rules.OneOf(CaseType, HousingVocabulary.CaseTypes),
            CaseStatus = rules.OneOf(CaseStatus, HousingVocabulary.CaseStatuses),
            OpenedOn = rules.UkDate(OpenedDate, required: true) ?? default,
            ClosedOn = rules.UkDate(ClosedDate, required: false),
            TenancyRef = rules.Optional(TenancyRef),
            Tenure = NullIfEmpty(rules.OneOf(TenureType, HousingVocabulary.TenureTypes, required: false)),
            Uprn = rules.Uprn(),
            Address = JoinAddress(row),
            Postcode = rules.Postcode(),
            PartyRole = role,
            Person = isComplainant ? null : Person(rules),
            Notes = isComplainant ? null : rules.Optional(Notes),
            Sensitivity = rules.OneOf(Sensitivity, HousingVocabulary.Sensitivities),
        };

        problems = rules.Problems;
        return problems.Count == 0 ? facts : null;
    }

    private static HousingPerson Person(HousingFieldRules rules)
        => new(rules.Required(Surname), rules.Optional(Forenames) ?? string.Empty, rules.UkDate(DateOfBirth, required: false));

    private static string? JoinAddress(HousingRow row)
    {
        string[] parts = [row[AddressLine1], row[AddressLine2], row[Town]];
        var address = string.Join(", ", parts.Where(p => p.Length > 0));
        return NullIfEmpty(address);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
