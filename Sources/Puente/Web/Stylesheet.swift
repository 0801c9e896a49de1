// The whole stylesheet: small, mobile-first, system fonts, visible focus, no framework. The
// design system it draws is documented in docs/design-system.md and shown at /styleguide.
// Five tones, one meaning each: success green, warning orange, danger red, neutral grey, info blue.

enum Stylesheet {
    static let css = """
    *,*::before,*::after{box-sizing:border-box}
    html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff;overflow-wrap:break-word}
    body{margin:0}
    .wrap{max-width:60rem;margin-inline:auto;padding:0 1rem}
    a{color:#0b4f8a}
    a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus,main:focus,[tabindex]:focus{outline:3px solid #c05600;outline-offset:2px}
    .skip-link{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
    .skip-link:focus{left:1rem}
    .visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    .official{background:#f0f0f0;font-size:.8rem}.official p{margin-block:0;padding-block:.2rem}
    .band{background:#0b3f70;color:#fff;padding:.25rem 0}
    .band a{color:#fff}
    .bar{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem}
    .brand{font-weight:700;font-size:1.25rem;text-decoration:none}
    .language-switcher,.signed-in{margin:.25rem 0}.signed-in{font-size:.9rem}
    .menu>summary{display:inline-block;margin:.25rem 0;padding:.5rem 1rem;min-height:44px;border:2px solid #fff;border-radius:4px;font-weight:600;cursor:pointer}
    .nav-group{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;margin:.75rem 0 0;color:#dbe7f3}
    nav ul{list-style:none;padding:0;margin:0}
    nav a{display:block;padding:.6rem 0;min-height:44px;border-bottom:1px solid #2f5f8f}
    @media (min-width:48rem){.menu>summary{display:none}.menu::details-content{content-visibility:visible}
    nav{display:flex;flex-wrap:wrap;gap:0 2rem}nav ul{display:flex;flex-wrap:wrap;gap:0 1rem}nav a{display:inline-block;border:0;padding:.25rem 0;min-height:0}    nav section{display:flex;flex-direction:column}}
    [aria-current=page]{font-weight:700;text-decoration-thickness:3px}
    main{padding:1rem 0;display:block}
    h1{font-size:clamp(1.6rem,6vw,2.25rem);line-height:1.2}
    footer{border-top:4px solid #0b3f70;padding:1rem 0;font-size:.95rem;background:#f7f7f7}
    .anti-fraud{background:#fff4e5;border-left:4px solid #c05600;padding:.5rem .75rem}
    .field{margin:1rem 0}
    label{display:block;font-weight:600}
    input,select,textarea{font:inherit;width:100%;max-width:30rem;padding:.6rem;border:2px solid #555;border-radius:4px}
    input[type=checkbox],input[type=radio]{width:40px;height:40px;margin:0 .5rem 0 0;flex:none;accent-color:#0b4f8a}
    label.choice{display:flex;align-items:center;font-weight:400;padding:.2rem 0;min-height:44px}
    .choices-columns{display:grid;grid-template-columns:repeat(auto-fill,minmax(8rem,1fr));column-gap:1rem}
    .choices-columns>.field-error,.choices-columns>details,.choices>.hint{grid-column:1/-1}
    .more>summary{cursor:pointer;font-weight:600;color:#0b4f8a;text-decoration:underline;padding:.5rem 0;min-height:44px}
    button.button-link{background:none;border:0;box-shadow:none;color:#0b4f8a;text-decoration:underline;font-weight:400;padding:.25rem 0}
    .caption{color:#444;margin:0;font-size:1.1rem}
    .attendance label.choice{display:inline-flex;margin-right:1.25rem}
    .button,button{display:inline-block;font:inherit;font-weight:600;padding:.6rem 1.2rem;border:2px solid #0b4f8a;border-radius:4px;background:#0b4f8a;color:#fff;min-height:44px;cursor:pointer;text-decoration:none;text-align:center;box-shadow:0 2px 0 #062a4b}
    a.button{color:#fff}
    .button-secondary,a.button-secondary{background:#fff;color:#0b4f8a}
    .button-warning,a.button-warning{background:#b00020;border-color:#b00020;color:#fff;box-shadow:0 2px 0 #5c0011}
    .button-group{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:1.5rem 0}
    .hint{color:#444;margin:.25rem 0}
    .has-error input,.has-error textarea,.has-error select{border-color:#b00020}
    .field-error{color:#b00020;font-weight:600;margin:.25rem 0}
    .has-error{border-left:4px solid #b00020;padding-left:.75rem}
    .error-summary{border:4px solid #b00020;padding:.5rem 1rem;margin:1rem 0}
    .error-summary h2{margin:.25rem 0;font-size:1.2rem}
    .error-summary a{color:#b00020;font-weight:600}
    .flash{border-left:6px solid;padding:.25rem 1rem;margin:.5rem 0}
    .flash-success{border-color:#2e7d32;background:#e6f4ea}
    .flash-error{border-color:#b00020;background:#fde8e8}
    .notice{border:2px solid #0b4f8a;padding:.5rem 1rem;background:#e8f0fb;color:#1b1b1b}
    .notice-warning{border-color:#b00020;font-weight:600}
    .tag{display:inline-block;max-width:100%;padding:.1rem .5rem;border-radius:3px;border-left:4px solid;font-weight:700}
    td .tag{white-space:nowrap}
    .panel{border:3px solid;border-left-width:10px;padding:.75rem 1rem;margin:1rem 0;border-radius:4px}
    .panel-title{margin:0 0 .25rem;font-size:1.5rem}
    .panel p{margin:.25rem 0}
    .tag-success,.panel-success{background:#e6f4ea;color:#0b5a1e;border-color:#2e7d32}
    .tag-warning,.panel-warning{background:#fff4e5;color:#6b3100;border-color:#c05600}
    .tag-danger,.panel-danger{background:#fde8e8;color:#8a0015;border-color:#b00020}
    .tag-neutral,.panel-neutral{background:#eee;color:#333;border-color:#666}
    .tag-info,.panel-info{background:#e8f0fb;color:#0b3f70;border-color:#0b4f8a}
    .icon{font-weight:700}
    .inset{border-left:6px solid #b1b4b6;padding:.5rem 1rem;margin:1rem 0}
    .warning-text{display:flex;gap:.75rem;align-items:flex-start;font-weight:600}
    .warning-text .icon{flex:none;display:inline-flex;justify-content:center;align-items:center;width:2rem;height:2rem;border-radius:50%;background:#1b1b1b;color:#fff}
    .summary-list{margin:1rem 0}
    .summary-row{display:grid;grid-template-columns:1fr;border-bottom:1px solid #ccc;padding:.5rem 0}
    @media (min-width:40rem){.summary-row{grid-template-columns:14rem 1fr auto;gap:1rem}}
    .summary-list dt{font-weight:600}.summary-list dd{margin:0}
    .date-badge{display:inline-flex;flex-direction:column;align-items:center;min-width:3.5rem;border:2px solid #0b3f70;border-radius:4px;line-height:1.1;text-align:center;float:left;margin:0 .75rem .5rem 0}
    .date-badge-weekday,.date-badge-month{font-size:.8rem;text-transform:uppercase;background:#0b3f70;color:#fff;width:100%;padding:.1rem 0}
    .date-badge-month{background:none;color:#0b3f70}
    .date-badge-day{font-size:1.5rem;font-weight:700;padding:.1rem 0}
    .progress{margin:1rem 0}
    progress{width:100%;max-width:30rem;height:1.25rem;accent-color:#0b4f8a}
    .progress-met progress{accent-color:#2e7d32}
    .progress-text{margin:.25rem 0}
    .checklist{list-style:none;padding:0}.checklist li{padding:.2rem 0}.checklist .done .icon{color:#2e7d32}
    table{border-collapse:collapse;width:100%}
    .table-scroll{overflow-x:auto;margin:1rem 0}
    th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
    thead th{border-bottom:2px solid #1b1b1b}
    fieldset{border:1px solid #ccc;margin:1rem 0}
    .pagination{display:flex;gap:1rem;align-items:center}
    .inline-form{display:inline}
    .card{border:1px solid #ccc;border-radius:4px;padding:.5rem 1rem;margin:1rem 0;overflow:hidden}
    .card h2,.card h3{margin:.25rem 0;font-size:1.2rem}
    .cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr));gap:1rem}.cards>.card{margin:0}
    .tasks{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr));gap:.75rem;padding:0;list-style:none}
    .tasks a{display:block;padding:.75rem 1rem;border:2px solid #0b4f8a;border-radius:4px;font-weight:700;text-decoration:none;min-height:44px}
    .tasks a span{display:block;font-weight:400;color:#1b1b1b}
    dt{font-weight:600}dd{margin:0 0 .5rem 0}
    .county-map{margin:1rem 0}.county-map svg{display:block;width:100%;max-width:26rem;max-height:75vh;margin:.5rem 0}
    .county-map path{stroke:#fff;stroke-width:.8;stroke-linejoin:round}.county-map a:hover path{stroke:#1b1b1b;stroke-width:1.5}
    .county-map path.selected{stroke:#c05600;stroke-width:3}
    .shade-0{fill:#e6e6e6;background:#e6e6e6}.shade-1{fill:#c6dbef;background:#c6dbef}.shade-2{fill:#6baed6;background:#6baed6}
    .shade-3{fill:#2171b5;background:#2171b5}.shade-4{fill:#08306b;background:#08306b}
    .map-legend ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:0}.map-legend p{margin:0}
    .swatch{display:inline-block;width:1.25rem;height:1.25rem;border:1px solid #555;vertical-align:middle;margin-right:.35rem}
    .county-list{columns:14rem}
    """
}
