module example.com/flagpole

go 1.19
