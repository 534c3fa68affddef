namespace Chb.Cli.Demo;

/// <summary>Fictional names in the mix of a Bradford inner-city ward, with the spellings that vary between agencies.</summary>
internal static class NamePools
{
    public static readonly IReadOnlyList<(NameGroup Item, int Weight)> Groups =
    [
        (new NameGroup(
            ["Mohammed", "Muhammad", "Imran", "Tariq", "Asif", "Zubair", "Bilal", "Kamran", "Usman", "Adnan", "Shahid", "Faisal"],
            ["Yasmin", "Nadia", "Samina", "Ayesha", "Shazia", "Rubina", "Fatima", "Saima"],
            ["Khan", "Hussain", "Ahmed", "Ali", "Mahmood", "Iqbal", "Akhtar", "Rahman", "Shah", "Butt", "Aslam", "Rashid"]), 45),
        (new NameGroup(
            ["Daniel", "Michael", "Thomas", "Robert", "Joseph", "Christopher", "Anthony", "Dean", "Craig", "Wayne", "Lee", "Gary"],
            ["Doreen", "Karen", "Michelle", "Joanne", "Kelly", "Stacey", "Margaret", "Susan"],
            ["Walsh", "Holt", "Smith", "Brown", "Taylor", "Barker", "Sutcliffe", "Hargreaves", "Clarke", "Wood", "Fletcher", "Naylor"]), 33),
        (new NameGroup(
            ["Sean-Paul", "Patrick", "Liam", "Declan", "Connor"],
            ["Siobhan", "Niamh", "Aoife"],
            ["O'Connor", "O'Brien", "O'Neill", "McCarthy", "Doyle"]), 7),
        (new NameGroup(
            ["Tomasz", "Piotr", "Jakub", "Marek", "Lukas", "Milan"],
            ["Zofia", "Katarzyna", "Agnieszka", "Jana"],
            ["Nowak", "Kowalski", "Wiśniewski", "Horváth", "Lakatos", "Balogh", "Dvořák"]), 10),
        (new NameGroup(["Kwame", "Abdi", "Jamal"], ["Amara", "Hodan"], ["Mensah", "Osei", "Warsame", "Yusuf"]), 5),
    ];

    /// <summary>
    /// Surnames only complainants and reporters carry, so a test can prove none of them reached the hub: every
    /// other person is drawn from the groups above.
    /// </summary>
    public static readonly IReadOnlyList<string> WitnessFamilies =
    [
        "Ellison", "Lomax", "Pickles", "Greenwood", "Ackroyd", "Sugden", "Priestley", "Crabtree", "Illingworth", "Rushworth",
        "Sowerby", "Thackray", "Wadsworth", "Holdsworth", "Murgatroyd", "Hebblethwaite", "Ogden", "Haigh", "Broadbent", "Tordoff",
    ];

    /// <summary>The first members of each group, fixed so every site shows the classic variants.</summary>
    public static readonly IReadOnlyList<(string Given, string Family)> Principals =
        [("Imran", "Khan"), ("Sean-Paul", "O'Connor"), ("Mohammed", "Hussain")];

    public static readonly IReadOnlyList<string> LandlordCompanies =
        ["Moorside Lettings Ltd", "BD Property Holdings Ltd", "Pennine Homes Ltd", "Canal Road Estates Ltd"];
}

/// <summary>Given names by sex and family names of one naming tradition.</summary>
internal sealed record NameGroup(IReadOnlyList<string> Male, IReadOnlyList<string> Female, IReadOnlyList<string> Families);
