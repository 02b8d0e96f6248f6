from vcdesk.cli.main import main

raise SystemExit(main())
