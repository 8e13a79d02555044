namespace Fairtrade.Rules.Products;

[GenerateSerializer, Alias("fairtrade.ProductCategory")]
public enum ProductCategory
{
    Coffee,
    Tea,
    Cocoa,
    Sugar,
    Fruit,
    Juice,
    Flowers,
    Wine,
    Rice,
    Spices,
    Textiles,
    Other,
}
