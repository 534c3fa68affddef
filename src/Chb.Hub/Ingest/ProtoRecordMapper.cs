using Chb.Adapters;
using Proto = Chb.Contracts.V1;

namespace Chb.Hub.Ingest;

/// <summary>Maps a pushed protobuf record to the SDK's canonical record, noting fields it cannot read.</summary>
internal sealed class ProtoRecordMapper
{
    private readonly List<FieldProblem> _problems = [];

    private ProtoRecordMapper()
    {
    }

    public static (CanonicalRecord? Record, List<FieldProblem> Problems) Map(Proto.RecordEnvelope envelope)
    {
        var mapper = new ProtoRecordMapper();
        if (envelope.Record is null)
        {
            mapper._problems.Add(new("record", "is required"));
            return (null, mapper._problems);
        }

        var r = envelope.Record;
        var record = new CanonicalRecord
        {
            PartnerReference = envelope.PartnerReference,
            Kind = (RecordKind)r.Kind,
            Case = r.Case is null ? null : mapper.MapCase(r.Case),
            Ocg = r.Ocg is null ? null : new OcgDetails(r.Ocg.Reference, r.Ocg.Name)
            {
                MorileScore = r.Ocg.HasMorileScore ? r.Ocg.MorileScore : null,
                LroId = Empty(r.Ocg.LroId),
            },
            Parties = r.Parties.Select((p, i) => mapper.MapParty(p, $"parties[{i}]")).ToArray(),
            Locations = r.Locations.Select((l, i) => mapper.MapLocation(l, $"locations[{i}]")).ToArray(),
            Vehicles = r.Vehicles.Select(v => new VehicleReference(v.Vrm, Empty(v.Status))).ToArray(),
            OcgMemberships = r.OcgMemberships.Select(m => new OcgMembership(m.OcgReference, m.Role)).ToArray(),
            Markers = r.Markers.Select((m, i) => mapper.MapMarker(m, $"markers[{i}]")).ToArray(),
            Intelligence = r.Intelligence.Select((x, i) => mapper.MapIntelligence(x, $"intelligence[{i}]")).ToArray(),
            Notes = MapText(r.Notes),
            Classification = Empty(r.Classification),
            HasProtectedParty = r.HasProtectedParty,
        };
        return (record, mapper._problems);
    }

    private CaseDetails MapCase(Proto.CaseDetails c) => new(c.Reference, c.CaseType, c.Status)
    {
        OpenedAt = c.OpenedAt?.ToDateTimeOffset(),
        ClosedOn = Date(c.ClosedOn, "case.closedOn"),
        OffenceCode = Empty(c.OffenceCode),
        Outcome = Empty(c.Outcome),
        Tenancy = Empty(c.TenancyReference) is { } tenancy ? new TenancyDetails(tenancy, Empty(c.Tenure)) : null,
    };

    private Party MapParty(Proto.Party p, string path) => new((PartyRole)p.Role)
    {
        Person = p.Person is null ? null : new PersonDetails
        {
            Names = p.Person.Names.Select(n => new PersonName(n.Family, n.Given, n.IsPrimary)).ToArray(),
            DateOfBirth = Date(p.Person.DateOfBirth, $"{path}.person.dateOfBirth"),
            PncId = Empty(p.Person.PncId),
            CroNumber = Empty(p.Person.CroNumber),
        },
        Vrm = Empty(p.Vrm),
        CompanyNumber = Empty(p.CompanyNumber),
        OrganisationName = Empty(p.OrganisationName),
    };

    private LocationReference MapLocation(Proto.LocationReference l, string path) => new((LocationRelation)l.Relation)
    {
        Uprn = Empty(l.Uprn),
        Address = Empty(l.Address),
        Postcode = Empty(l.Postcode),
        Easting = l.HasGridReference ? l.Easting : null,
        Northing = l.HasGridReference ? l.Northing : null,
        From = Date(l.From, $"{path}.from"),
    };

    private Marker MapMarker(Proto.Marker m, string path) => new((MarkerKind)m.Kind, m.Code)
    {
        Reference = Empty(m.Reference),
        IssuedOn = Date(m.IssuedOn, $"{path}.issuedOn"),
        ExpiresOn = Date(m.ExpiresOn, $"{path}.expiresOn"),
        Detail = MapText(m.Detail),
    };

    private IntelligenceItem MapIntelligence(Proto.IntelligenceItem x, string path)
    {
        var assessment = x.Assessment.Length == 1 ? x.Assessment[0] : '?';
        return new IntelligenceItem(
            x.Reference,
            Date(x.RecordedOn, $"{path}.recordedOn", required: true) ?? default,
            x.SourceEvaluation,
            assessment,
            (HandlingCode)x.Handling,
            (IntelligenceSourceType)x.SourceType)
        {
            Text = MapText(x.Text),
        };
    }

    private DateOnly? Date(string value, string field, bool required = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                _problems.Add(new(field, "is required"));
            }

            return null;
        }

        if (UkDates.TryParseIso(value, out var date))
        {
            return date;
        }

        _problems.Add(new(field, "must be an ISO date (yyyy-MM-dd)"));
        return null;
    }

    private static MarkedText? MapText(Proto.MarkedText? text)
        => text is null ? null : new MarkedText(text.Value, (Disclosure)text.Disclosure);

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
