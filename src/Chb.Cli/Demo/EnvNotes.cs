namespace Chb.Cli.Demo;

/// <summary>Case notes (OWNER-ONLY) by service.</summary>
internal static class EnvNotes
{
    private static readonly Dictionary<string, string[]> Notes = new(StringComparer.Ordinal)
    {
        ["FlyTipping"] = ["Builders waste dumped from white Transit", "Mattresses and bin bags, third time this month", "Tyres dumped overnight, CCTV requested"],
        ["Noise"] = ["Loud music and parties most nights", "Shouting and doors banging at all hours"],
        ["WasteCarrier"] = ["No carrier registration produced", "Van stopped with mixed waste, no transfer notes"],
        ["HMOLicensing"] = ["Suspected unlicensed HMO, 7 occupants", "Rooms let by the night, fire doors missing"],
        ["PremisesLicensing"] = ["Selling alcohol after hours; suspected storage of illicit tobacco", "Under-age sales test failed"],
        ["AbandonedVehicle"] = ["No tax, flat tyres", "Burnt out, plates removed"],
        ["Scrapyard"] = ["Cash payments for scrap metal seen", "Catalytic converters stacked in the yard"],
        ["Graffiti"] = ["Tags on garage doors", "Group tag repeated across the estate"],
        ["FoodHygiene"] = ["Rating 1, pest evidence", "Kitchen closed pending works"],
        ["PestControl"] = ["Rats in rear yard, waste stored in garden", "Bedbugs reported by neighbours"],
    };

    public static string For(string service, DemoRandom random) => random.Pick(Notes[service]);
}
