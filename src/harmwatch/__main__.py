from harmwatch.cli import main

main()
