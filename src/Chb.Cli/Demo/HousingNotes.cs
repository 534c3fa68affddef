namespace Chb.Cli.Demo;

/// <summary>Free-text notes (OWNER-ONLY), with the commas, quotes and line breaks real exports carry.</summary>
internal static class HousingNotes
{
    public static readonly string[] CuckooedTenant =
    [
        "Tenant vulnerable; visitors at all hours, \"lookouts\" on stairwell",
        "Door forced twice.\r\nTenant says friends are staying, appears frightened",
        "Referred to adult social care, tenant has learning disability",
    ];

    public static readonly string[] CuckooPerpetrator =
    [
        "Seen entering daily, believed to run the address",
        "Holds keys to the flat; tenant not allowed to leave alone",
        "Arrives by car most evenings, \"collects\" from visitors",
    ];

    public static readonly string[] Visitor = ["Regular visitor, stays overnight", "Seen carrying bags in and out"];

    public static readonly string[] Complainant = ["Neighbour reported", "Asked not to be identified", "Reported via councillor's surgery"];

    public static readonly string[] Asb =
    [
        "Dealing from garage 6", "Groups gathering, drug litter found", "Shouting and threats to neighbours, police attended",
        "Motorbikes ridden on estate paths,\r\nresidents intimidated",
    ];

    public static readonly string[] TenancyBreach =
    [
        "Unauthorised alterations; drugs paraphernalia found\r\nduring gas safety visit",
        "Extra locks and CCTV fitted without consent", "Household members not declared, large sums of cash seen",
    ];

    public static readonly string[] RentArrears = ["Arrears cleared", "Payment plan agreed", "Arrears over 8 weeks, NOSP served"];

    public static readonly string[] Other = ["Property damaged inside, tenant not engaging", "Believed abandoned, post piling up", "Occupied without a tenancy"];
}
