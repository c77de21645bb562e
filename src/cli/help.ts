/** The text of `--help`. */
export const HELP: string = `Usage:
  wix-catalog-reference build <product.json> [flags]
  wix-catalog-reference states <product.json> [--option NAME=CHOICE]... [--catalog-version V1|V3] [--json]
  wix-catalog-reference price <product.json> [flags] [--json]
  wix-catalog-reference view <product.json> [flags] [--json]
  wix-catalog-reference --help | --version

Commands:
  build    Print the catalogReference for the product and the selection, as JSON
           (a line item { catalogReference, quantity } with --quantity).
           Exit 0; or print every issue, one per line, on stderr and exit 1.
  states   Print the picker state: for every choice whether it is selected, whether
           a variant with it and the other selected choices exists, whether that
           variant is available, and whether only as a pre-order.
  price    Print what the buyer pays: unit price, compare-at, total for --quantity
           (a range while the selection is incomplete), exact decimals, and once
           complete the parts that apply (variant, modifiers, subscription); --json
           prints the preview object. Issues on stderr, exit 1.
  view     Print what a product page shows for the selection (getProductView):
           the options with each choice's state, unit price, swatch color and link;
           the modifiers with added prices and text limits; the subscription plans;
           the pinned variant; the media to show; the price as price prints it.
           --json prints the ProductView object. Issues on stderr, exit 1.

Flags:
  --option NAME=CHOICE     An option and its choice, by id, key or name (repeat it).
  --modifier NAME=VALUE    A V3 modifier and its choice or text, or a V1 custom
                           text field and its text (repeat it).
  --subscription ID|TITLE  A subscription option, by id or title.
  --variant ID             A variant id, instead of (or as well as) --option.
  --quantity N             Print a line item with this quantity (1 to 100000);
                           price and view total this many.
  --choice-value key|name  What V3 choice modifiers write: the choice key (default)
                           or its name.
  --catalog-version V1|V3  Read the product as Catalog V1 or V3 instead of
                           detecting it (every command).
  --json                   Print the result as JSON on stdout, issues included
                           ({ "issues": [...] }, exit 1), for every command.
  -h, --help               Show this help.
  -v, --version            Print the version.

<product.json> is a Wix Stores product (Catalog V1 or V3) as Wix returns it: SDK,
REST or Velo shape; a { "product": ... } wrapper is unwrapped. Use - for stdin.
Control characters and newlines in product data are printed escaped (\\u001b,
\\u000a), so a product string never starts a line of its own.

Exit codes: 0 done, 1 issues with the product or selection, 2 usage or file error,
3 the output could not be written (full disk, closed pipe).

Examples, on the sample products the package ships (node_modules/wix-catalog-reference/samples/:
coffee.json and house-blend.json are Catalog V3, tshirt.json and candle.json Catalog V1):
  npx wix-catalog-reference build node_modules/wix-catalog-reference/samples/coffee.json --option Size=L --option "Box color=Blue"
  npx wix-catalog-reference build node_modules/wix-catalog-reference/samples/coffee.json --option Size=L --option "Box color=Blue" --modifier "Remove price tag=yes" --quantity 2
  npx wix-catalog-reference states node_modules/wix-catalog-reference/samples/coffee.json --option Size=L
  npx wix-catalog-reference states node_modules/wix-catalog-reference/samples/coffee.json --option Size=S --json
  npx wix-catalog-reference price node_modules/wix-catalog-reference/samples/house-blend.json --option "Size=1 kg" --option "Grind=Whole bean" --option "Bag color=Kraft" --modifier "Label text=For Dad" --subscription Monthly --quantity 3
  npx wix-catalog-reference price node_modules/wix-catalog-reference/samples/candle.json --option Scent=Lavender --option "Jar color=Amber" --catalog-version V1
  npx wix-catalog-reference view node_modules/wix-catalog-reference/samples/tshirt.json --option Size=M --option Color=Black --modifier "Name to print on the back=ALEX"
`
