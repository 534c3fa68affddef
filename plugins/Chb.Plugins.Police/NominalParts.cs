using System.Xml.Linq;
using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>Gathers the child elements of one nominal, sending each to its reader.</summary>
internal sealed class NominalParts
{
    private int _datesOfBirth;

    public List<(PersonName Name, bool MarkedPrimary)> Names { get; } = [];

    public DateOnly? DateOfBirth { get; private set; }

    public List<LocationReference> Locations { get; } = [];

    public List<VehicleReference> Vehicles { get; } = [];

    public List<OcgMembership> Memberships { get; } = [];

    public List<Marker> Markers { get; } = [];

    public List<IntelligenceItem> Intelligence { get; } = [];

    /// <summary>Reads one child; <paramref name="index"/> is its 1-based position among siblings of the same name.</summary>
    public void Add(XElement child, int index, RowProblems problems)
    {
        var name = child.Name.LocalName;
        var field = $"{name}[{index}]";
        switch (name)
        {
            case "Name":
                AddIfRead(Names, NameReader.Read(child, field, problems));
                break;
            case "DateOfBirth":
                ReadDateOfBirth(child, problems);
                break;
            case "Address":
                AddIfRead(Locations, LinkReader.Address(child, field, problems));
                break;
            case "OcgMembership":
                AddIfRead(Memberships, LinkReader.Membership(child, field, problems));
                break;
            case "Vehicle":
                AddIfRead(Vehicles, LinkReader.Vehicle(child, field, problems));
                break;
            case "Warning" or "Warrant" or "Bail" or "CivilOrder":
                AddIfRead(Markers, MarkerReader.Read(child, field, problems));
                break;
            case "Intel":
                AddIfRead(Intelligence, IntelReader.Read(child, field, problems));
                break;
            default:
                problems.Add(field, "is not a known Nominal element");
                break;
        }
    }

    private void ReadDateOfBirth(XElement child, RowProblems problems)
    {
        if (++_datesOfBirth > 1)
        {
            problems.Add("DateOfBirth", "must appear at most once");
        }
        else if (UkDates.TryParseIso(child.Value, out var date))
        {
            DateOfBirth = date;
        }
        else
        {
            problems.Add("DateOfBirth", "must be an ISO date (yyyy-MM-dd)");
        }
    }

    private static void AddIfRead<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }

    private static void AddIfRead(List<(PersonName, bool)> list, (PersonName, bool)? item)
    {
        if (item is { } value)
        {
            list.Add(value);
        }
    }
}
