using System.Globalization;
using Chb.Adapters;

namespace Chb.Plugins.Housing;

internal static class HousingRowMapper
{
    public static AdapterRow Map(long rowNumber, HousingRow row)
    {
        if (row.FieldCount != row.ExpectedFieldCount)
        {
            return AdapterRow.Reject(
                rowNumber,
                "row",
                $"the row has {row.FieldCount} fields but the header has {row.ExpectedFieldCount}: check for an unquoted comma or line break");
        }

        var facts = HousingRowValidator.Validate(row, out var problems);
        return facts is null ? AdapterRow.Reject(rowNumber, problems) : AdapterRow.Accept(rowNumber, ToRecord(facts));
    }

    private static CanonicalRecord ToRecord(HousingFacts facts)
    {
        var caseDetails = new CaseDetails(facts.CaseRef, facts.CaseType, facts.CaseStatus)
        {
            OpenedAt = new DateTimeOffset(facts.OpenedOn, TimeOnly.MinValue, TimeSpan.Zero),
            ClosedOn = facts.ClosedOn,
            Tenancy = facts.TenancyRef is null ? null : new TenancyDetails(facts.TenancyRef, facts.Tenure),
        };
        var location = new LocationReference(LocationRelation.Subject)
        {
            Uprn = facts.Uprn,
            Address = facts.Address,
            Postcode = facts.Postcode,
        };

        if (facts.IsComplainant || facts.Person is null)
        {
            return new CanonicalRecord
            {
                PartnerReference = $"{facts.CaseRef}#{HousingVocabulary.Complainant}",
                Kind = RecordKind.Case,
                Case = caseDetails,
                Locations = [location],
                Classification = facts.Sensitivity,
                HasProtectedParty = true,
            };
        }

        var person = facts.Person;
        var party = new Party(RoleOf(facts))
        {
            Person = new PersonDetails { Names = [new PersonName(person.Surname, person.Forenames)], DateOfBirth = person.DateOfBirth },
        };
        var dob = person.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        return new CanonicalRecord
        {
            PartnerReference = $"{facts.CaseRef}#{facts.PartyRole}#{person.Surname}|{person.Forenames}|{dob}",
            Kind = RecordKind.Case,
            Case = caseDetails,
            Parties = [party],
            Locations = [location],
            Notes = facts.Notes is null ? null : MarkedText.OwnerOnly(facts.Notes),
            Classification = facts.Sensitivity,
        };
    }

    private static PartyRole RoleOf(HousingFacts facts) => facts.PartyRole switch
    {
        // In cuckooing the tenant is the exploited party: a victim to safeguard, never a target.
        "Tenant" when facts.CaseType == HousingVocabulary.Cuckooing => PartyRole.Victim,
        "Tenant" => PartyRole.Tenant,
        "JointTenant" => PartyRole.JointTenant,
        "Household" => PartyRole.Household,
        "Perpetrator" => PartyRole.Perpetrator,
        "Visitor" => PartyRole.Visitor,
        _ => throw new InvalidOperationException("The validator admits only the roles of the format."),
    };
}
