// The whole stylesheet: small, mobile-first, system fonts, visible focus, no framework.

enum Stylesheet {
    static let css = """
    *,*::before,*::after{box-sizing:border-box}
    html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff;overflow-wrap:break-word}
    body{margin:0;max-width:60rem;margin-inline:auto;padding:0 1rem}
    a{color:#0b4f8a}
    a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus,main:focus{outline:3px solid #c05600;outline-offset:2px}
    .skip-link{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
    .skip-link:focus{left:1rem}
    header{border-bottom:1px solid #ccc;padding:.5rem 0}
    .bar{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem}
    .brand{font-weight:700;font-size:1.25rem;text-decoration:none}
    nav ul{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
    nav a{display:inline-block;padding:.5rem 0;min-height:44px}
    .menu>summary{display:inline-block;margin:.5rem 0;padding:.5rem 1rem;min-height:44px;border:2px solid #0b4f8a;border-radius:4px;color:#0b4f8a;font-weight:600;cursor:pointer}
    @media (min-width:40rem){.menu>summary{display:none}.menu::details-content{content-visibility:visible}}
    [aria-current=page]{font-weight:700}
    main{padding:1rem 0}
    h1{font-size:clamp(1.6rem,6vw,2.25rem);line-height:1.2}
    footer{border-top:1px solid #ccc;padding:1rem 0;font-size:.95rem}
    .anti-fraud{background:#fff4e5;border-left:4px solid #c05600;padding:.5rem .75rem}
    .field{margin:1rem 0}
    label{display:block;font-weight:600}
    input,select,textarea{font:inherit;width:100%;max-width:30rem;padding:.6rem;border:2px solid #555;border-radius:4px}
    input[type=checkbox],input[type=radio]{width:auto;margin-right:.35rem}
    label.choice{font-weight:400;padding:.4rem 0;min-height:44px;box-sizing:border-box}
    .choices-columns{display:grid;grid-template-columns:repeat(auto-fill,minmax(8rem,1fr));column-gap:1rem}
    .choices-columns>.field-error{grid-column:1/-1}
    .choices-columns label.choice{display:flex;align-items:baseline}
    .attendance label.choice{display:inline-block;margin-right:1.25rem}
    button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#0b4f8a;color:#fff;min-height:44px;cursor:pointer}
    .hint{color:#444;margin:.25rem 0}
    .has-error input,.has-error textarea{border-color:#b00020}
    .field-error{color:#b00020;font-weight:600;margin:.25rem 0}
    .error-summary,.flash-error{border:2px solid #b00020;padding:.5rem 1rem}
    .flash-success,.notice{border:2px solid #2e7d32;padding:.5rem 1rem}
    .notice-warning{border-color:#b00020;font-weight:600}
    table{border-collapse:collapse;width:100%}
    .table-scroll{overflow-x:auto;margin:1rem 0}
    th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
    fieldset{border:1px solid #ccc;margin:1rem 0}
    .pagination{display:flex;gap:1rem;align-items:center}
    .inline-form{display:inline}
    .card{border:1px solid #ccc;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
    .card h2{margin:.25rem 0;font-size:1.2rem}
    dt{font-weight:600}dd{margin:0 0 .5rem 0}
    a.button{display:inline-block;background:#0b4f8a;color:#fff;padding:.6rem 1.2rem;border-radius:4px;text-decoration:none;min-height:44px}
    """
}
